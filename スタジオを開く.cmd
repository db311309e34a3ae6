@echo off
chcp 65001 >nul
rem Windows の起動用：ダブルクリックすると、スタジオが起動してブラウザーにページが開きます。
rem (Windows: installs what is missing, starts the studio and opens the page; see src\runtime\starter.js.)
cd /d "%~dp0"
where node >nul 2>nul
if errorlevel 1 (
  echo Node.js が見つかりません。
  echo https://nodejs.org/ja から LTS 版（20.19 以上）の Windows インストーラー（.msi）を入れてから、もう一度ダブルクリックしてください。
  pause
  exit /b 1
)
node src\runtime\starter.js %*
if errorlevel 1 pause
