/* Generated from schemas/*.schema.json by `npm run types`. Do not edit: change the schema and regenerate. */
/**
 * この回の報道発表資料そのものについての事実：発表日、表題、分類、配布先、写真の説明など。
 */
export interface ReleaseFile {
  /**
   * このファイルのスキーマ（エディタの入力補助用）。
   */
  $schema?: string;
  /**
   * 発表日：報道発表の日付。資料の日付・作成日時にもなります（例：2017-10-13）。
   */
  date: string;
  /**
   * 分類：1ページ目左上の分類行（例：JETプログラム事業）。
   */
  category: string;
  /**
   * 事業名：事業の名称（例：JETふるさとビジョンプロジェクト）。
   */
  projectName: string;
  /**
   * 表題：表題を行ごとに書きます（1〜3行。各行40字まで）。
   *
   * @minItems 1
   * @maxItems 3
   *
   * Items: 表題の行
   */
  titleLines: string[];
  /**
   * 参考配布先：「参考配布：」に続く配布先（例：総務省記者クラブ）。
   */
  distribution: string;
  /**
   * 今回の実施地域：今年度の実施地域（例：西日本）。
   */
  region: string;
  /**
   * 次回の実施地域：来年度の予定地域（例：東日本）。未定なら省略します。
   */
  nextRegion?: string;
  /**
   * 日程調整中：チェックすると「スケジュールは現在調整中であり、変更になる可能性もあります」と注記します。
   */
  scheduleTentative: boolean;
  /**
   * 別紙の見出し：別紙（プロジェクト概要）の見出し（例：観光推進や教育、文化交流などでVisionを描く元JET）。
   */
  appendixHeading: string;
  /**
   * 写真：コラム欄の写真とその説明。画像は任意です（エディションのフォルダーに置いた PNG か JPEG）。画像には「写真の代替テキスト」を添えます。
   */
  photo?: {
    /**
     * 写真の説明：写真に添える説明文。
     */
    caption: string;
    /**
     * 画像ファイル：エディションのフォルダーに置いた画像のファイル名（例：photo.jpg）。指定するときは「写真の代替テキスト」も書きます。
     */
    image?: string;
    /**
     * 写真の代替テキスト：写真を見られない人（音声読み上げで読む人）のために、写真に写っているものを書きます。説明文の繰り返しではなく、見えるものを書きます（例：工房で刀を打つ元JETと刀匠）。「画像ファイル」を指定するときは必須です。
     */
    alt?: string;
  };
}

/**
 * JETプログラムについての事実：正式名称、関係省庁、職種、開始年度、参加国数、参加者数。
 */
export interface ProgrammeFile {
  /**
   * このファイルのスキーマ（エディタの入力補助用）。
   */
  $schema?: string;
  /**
   * 通称：例：JETプログラム
   */
  name: string;
  /**
   * 正式名称
   */
  officialName: {
    /**
     * 日本語の正式名称：例：語学指導等を行う外国青年招致事業
     */
    ja: string;
    /**
     * 英語の正式名称：例：The Japan Exchange and Teaching Programme
     */
    en: string;
  };
  /**
   * 協力省庁：協力する省庁を記載順に（例：総務省、外務省、文部科学省）。
   *
   * @minItems 1
   *
   * Items: 名称：名前（100字まで。/ と \、見えない制御文字は使えません）。
   */
  ministries: string[];
  /**
   * 職種：参加者の職種（略称と日本語名）。
   *
   * @minItems 1
   */
  positions: {
    /**
     * 略称：例：ALT
     */
    code: string;
    /**
     * 名称：名前（100字まで。/ と \、見えない制御文字は使えません）。
     */
    name: string;
  }[];
  /**
   * 開始年度：プログラムが始まった年度（西暦）。「今年で○年目」はここから計算します。
   */
  firstYear: number;
  /**
   * 参加国数：これまでの参加国の数（例：67）。
   */
  countries: number;
  /**
   * 参加者数：これまでの参加者の数（「以上」で表記されます。例：66000）。
   */
  participants: number;
}

/**
 * 主催団体（自治体国際化協会）についての事実：名称、海外事務所、所在地、担当部署と連絡先。
 */
export interface OrganiserFile {
  /**
   * このファイルのスキーマ（エディタの入力補助用）。
   */
  $schema?: string;
  /**
   * 法人名：例：一般財団法人自治体国際化協会
   */
  legalName: string;
  /**
   * 名称：例：自治体国際化協会
   */
  name: string;
  /**
   * 略称：例：CLAIR
   */
  abbreviation: string;
  /**
   * 略称の読み：例：クレア
   */
  reading: string;
  /**
   * 海外事務所：海外事務所のある都市（記載順）。
   *
   * @minItems 1
   *
   * Items: 名称：名前（100字まで。/ と \、見えない制御文字は使えません）。
   */
  overseasOffices: string[];
  /**
   * 本部
   */
  headquarters: {
    /**
     * 本部の呼び名：例：CLAIR本部
     */
    name: string;
    /**
     * 郵便番号：例：102-0083
     */
    postalCode: string;
    /**
     * 所在地：都道府県から書きます。
     */
    address: string;
  };
  /**
   * 問い合わせ先
   */
  contact: {
    /**
     * 担当部署：例：ＪＥＴプログラム事業部調整課
     */
    department: string;
    /**
     * 担当者：担当者の名字など（記載順）。
     *
     * @minItems 1
     *
     * Items: 名称：名前（100字まで。/ と \、見えない制御文字は使えません）。
     */
    persons: string[];
    /**
     * 電話
     */
    tel: string;
    /**
     * ファクス
     */
    fax: string;
    /**
     * メール：任意。
     */
    email?: string;
    /**
     * ウェブサイト：例：http://www.jetprogramme.org/ja
     */
    url: string;
  };
}

/**
 * 日程グループ（A日程・B日程など）の期間と、東京での報告会。各グループの対象自治体は「プロジェクト」から自動で決まります。
 */
export interface ScheduleFile {
  /**
   * このファイルのスキーマ（エディタの入力補助用）。
   */
  $schema?: string;
  /**
   * 日程グループ
   *
   * @minItems 1
   * @maxItems 26
   */
  groups: {
    /**
     * 記号：この日程グループを表す半角英大文字1字（例：A）。プロジェクトと報告会は、この記号で日程グループを選びます。
     */
    id: string;
    /**
     * 期間の初日
     */
    start: string;
    /**
     * 期間の最終日
     */
    end: string;
  }[];
  /**
   * 報告会：報告会（日程グループごとに1回）。東京の会場、オンライン、またはその両方（併催）で開催します。
   *
   * @minItems 1
   *
   * Items: 「会場」と「オンライン」の少なくとも一方を追加します。両方を追加すると、会場とオンラインの併催になります。
   */
  sessions: ((
    | {
        venue: unknown;
      }
    | {
        online: unknown;
      }
  ) & {
    /**
     * 日程グループ：この報告会で報告する日程グループ。
     */
    group: string;
    /**
     * 開催日
     */
    date: string;
    /**
     * 開始時刻
     */
    start: string;
    /**
     * 終了時刻
     */
    end: string;
    /**
     * 会場：会場で開催するときに書きます。オンラインだけで開催するときは書きません（会場とオンラインの併催なら、会場とオンラインの両方を書きます）。
     */
    venue?: {
      /**
       * 会場名：例：CLAIR本部 大会議室
       */
      name: string;
      /**
       * 会場の住所
       */
      address: string;
    };
    /**
     * オンライン：オンラインで開催するとき、または会場での開催をオンラインでも配信するとき（併催）に書きます。
     */
    online?: {
      /**
       * 参加用URL：https:// で始まるURL（例：https://www.example.jp/houkokukai/）。オンラインでの参加方法を案内するページ、または会議そのもののURLです。報道発表資料にも載るため、公開してよいURLを書きます。
       */
      url: string;
      /**
       * 使用するサービス：任意。例：Zoomウェビナー、Microsoft Teams。
       */
      platform?: string;
    };
  })[];
  /**
   * 出席者の区分：出席簿の「区分」欄の選択肢（書かなければ 報道・自治体・省庁・その他）。12個まで、各16字まで（Excel の選択肢の上限のため）。
   *
   * @minItems 1
   * @maxItems 12
   *
   * Items: 区分の名前（16字まで。Excel の選択肢に使うため , " / \ は使えません）。
   */
  attendeeKinds?: string[];
  /**
   * 当日受付用の空欄行数：出席簿の末尾に設ける空欄行の数（書かなければ20）。
   */
  walkInRows?: number;
}

/**
 * 元JET参加者が元任用地で行うプロジェクトの一覧。記載順に別紙へ掲載されます。
 */
export interface ProjectsFile {
  /**
   * このファイルのスキーマ（エディタの入力補助用）。
   */
  $schema?: string;
  /**
   * 活動分野：この回で使う活動分野の一覧（記載順に表示されます。例：観光、経済、教育、文化）。
   *
   * @minItems 1
   *
   * Items: 名称：名前（100字まで。/ と \、見えない制御文字は使えません）。
   */
  fields: string[];
  /**
   * プロジェクト
   *
   * @minItems 1
   * @maxItems 2000
   */
  projects: {
    /**
     * 番号：別紙での通し番号（プロジェクトごとに別の番号。追加すると次の番号が入ります）。
     */
    number: number;
    /**
     * 対象自治体
     */
    municipality: {
      /**
       * 都道府県：都道府県名（「県」「府」「都」「道」まで書きます）。
       */
      prefecture:
        | '北海道'
        | '青森県'
        | '岩手県'
        | '宮城県'
        | '秋田県'
        | '山形県'
        | '福島県'
        | '茨城県'
        | '栃木県'
        | '群馬県'
        | '埼玉県'
        | '千葉県'
        | '東京都'
        | '神奈川県'
        | '新潟県'
        | '富山県'
        | '石川県'
        | '福井県'
        | '山梨県'
        | '長野県'
        | '岐阜県'
        | '静岡県'
        | '愛知県'
        | '三重県'
        | '滋賀県'
        | '京都府'
        | '大阪府'
        | '兵庫県'
        | '奈良県'
        | '和歌山県'
        | '鳥取県'
        | '島根県'
        | '岡山県'
        | '広島県'
        | '山口県'
        | '徳島県'
        | '香川県'
        | '愛媛県'
        | '高知県'
        | '福岡県'
        | '佐賀県'
        | '長崎県'
        | '熊本県'
        | '大分県'
        | '宮崎県'
        | '鹿児島県'
        | '沖縄県';
      /**
       * 市区町村：市区町村名（郡名を含めてもよい）。日本語で書き、市・区・町・村で終わります。都道府県そのものが対象なら省略します。
       */
      city?: string;
      /**
       * 地方公共団体コード：総務省の全国地方公共団体コード。検査数字を含む6桁です（例：北九州市 401005）。上の欄で自治体を名前から探して選ぶと入ります。
       */
      code: string;
      /**
       * 都道府県名を省く：政令指定都市など、報道発表資料で都道府県名を付けずに書くときにチェックします。
       */
      omitPrefecture?: boolean;
    };
    /**
     * 日程グループ
     */
    group: string;
    /**
     * 初日
     */
    start: string;
    /**
     * 最終日
     */
    end: string;
    /**
     * 元JET参加者：どのような元JETか（例：神戸市のホテルで働く元JET）。
     */
    participant: string;
    /**
     * 企画概要：別紙に掲載する企画の概要（文章）。
     */
    plan: string;
    /**
     * 活動分野：このファイルの上の「活動分野」の一覧から選びます。
     *
     * @minItems 1
     *
     * Items: 名称：名前（100字まで。/ と \、見えない制御文字は使えません）。
     */
    fields: string[];
  }[];
}

/**
 * 報告会への出席申込の一覧（なくてもかまいません）。出席簿に、ふりがな順で載ります。
 */
export interface RegistrationsFile {
  /**
   * このファイルのスキーマ（エディタの入力補助用）。
   */
  $schema?: string;
  /**
   * 申込
   *
   * @maxItems 20000
   */
  registrations: {
    /**
     * 報告会：出席する報告会（「日程と報告会」の報告会から選びます）。
     */
    session: string;
    /**
     * 氏名：出席者の氏名（例：山田 太郎）。60字まで。
     */
    name: string;
    /**
     * ふりがな：ひらがなで書きます（姓と名の間の空白は可）。
     */
    furigana: string;
    /**
     * 所属
     */
    organisation: string;
    /**
     * 区分：「日程と報告会」の「出席者の区分」から選びます（例：報道）。
     */
    kind: string;
    /**
     * 役職
     */
    title?: string;
    /**
     * 電話
     */
    tel?: string;
    /**
     * メール
     */
    email?: string;
  }[];
}

/**
 * 担当者：任意。宛名に「○○様」と書きます（省略すると「ご担当者様」）。
 */
export type Person = string;
/**
 * メールアドレス：宛先のメールアドレス。複数書けます（記載順）。
 *
 * @minItems 1
 * @maxItems 20
 *
 * Items: メールアドレス
 */
export type Addresses = string[];

/**
 * できあがった資料をメールで送る相手（なくてもかまいません）：各開催自治体の担当課（自治体向け資料と報道発表資料）、記者クラブ（報道発表資料）、CC（写し）と差出人。送付のときだけ使い、資料の中身は変わりません。
 */
export interface RecipientsFile {
  /**
   * このファイルのスキーマ（エディタの入力補助用）。
   */
  $schema?: string;
  /**
   * 差出人：メールの送信元。
   */
  sender: {
    /**
     * 差出人のメールアドレス
     */
    address: string;
    /**
     * 差出人の表示名：任意。省略すると「主催者」の名称と担当部署（例：自治体国際化協会 ＪＥＴプログラム事業部調整課）。
     */
    name?: string;
  };
  /**
   * CC（写し）：どのメールにも写しを送るアドレス。省略すると「主催者」の問い合わせ先のメール（あれば）。写しを送らないときは空の一覧にします。
   *
   * @maxItems 20
   *
   * Items: メールアドレス
   */
  cc?: string[];
  /**
   * 記者クラブ：報道発表資料を送る記者クラブ（幹事社など）。
   */
  pressClub: {
    /**
     * 宛先の名称：例：総務省記者クラブ
     */
    organisation: string;
    /**
     * 部署・幹事社：任意。例：幹事社
     */
    department?: string;
    person?: Person;
    addresses: Addresses;
  };
  /**
   * 開催自治体：自治体ごとの送付先。自治体向け資料と報道発表資料を送ります。「プロジェクト」の開催自治体ごとに1件。
   *
   * @maxItems 2000
   */
  municipalities: {
    /**
     * 自治体：都道府県から書いた自治体名（自治体向け資料のファイル名と同じ。例：島根県浜田市、大分県）。
     */
    municipality: string;
    /**
     * 担当課：例：産業経済部観光交流課
     */
    department: string;
    person?: Person;
    addresses: Addresses;
  }[];
}
