#!/usr/bin/env bash
# macOS と Linux の起動用：ダブルクリックすると、スタジオが起動してブラウザーにページが開きます。
# (macOS and Linux: installs what is missing, starts the studio and opens the page; see src/runtime/starter.js.)
cd "$(dirname "$0")" || exit 1
if ! command -v node >/dev/null 2>&1; then
  echo "Node.js が見つかりません。"
  echo "https://nodejs.org/ja から LTS 版（20.19 以上）をインストールしてから、もう一度ダブルクリックしてください。"
  echo "（macOS は .pkg を開いて案内どおりに、Linux はディストリビューションのパッケージか nodejs.org の手順で入れます）"
  read -r -p "Enter キーを押すと閉じます。" _
  exit 1
fi
exec node src/runtime/starter.js "$@"
