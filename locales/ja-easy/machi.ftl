# Machi — やさしい日本語 (ja-easy). Short sentences, spaces between phrases (文節), basic kanji with furigana
# (漢字《かんじ》). Same ids and variables as locales/ja/machi.ftl.
# Messages the Rust core formats (errors, recovery, locale-name) reach the resident as plain text, where furigana
# are dropped: they are written without kanji. So are texts used only as accessible names (nav-main).

locale-name = やさしい にほんご
app-name = まち

## Shell

skip-to-content = ページの なかみへ いく
nav-main = メインの メニュー
nav-home = ホーム
nav-settings = 設定《せってい》
page-title = { $screen } | { $app }
loading = よみこんで います…
back-to-home = ホームに もどる
retry = もう 一度《いちど》 する
start-failed-title = アプリを はじめる ことが できませんでした

## やさしい日本語 switch (Home and Settings)

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = かんたんな 日本語《にほんご》で 見《み》せます。漢字《かんじ》には ふりがなが あります。
easy-japanese-leave = { $language }に もどす

## Home

home-title = ホーム
home-intro = { $city }で くらす ための じょうほうです。
home-features = できる こと
feature-inbox = お知《し》らせ
feature-inbox-desc = 市《し》からの お知《し》らせと、きんきゅうの じょうほう
feature-waste = ごみの 分《わ》け方《かた》
feature-waste-desc = ごみの 分《わ》け方《かた》と、ごみを だす 日《ひ》
feature-health = 健康《けんこう》ポイント
feature-health-desc = あるいたり、イベントに 行《い》ったり して、ポイントを ためます
feature-places = 避難所《ひなんじょ》・しせつ
feature-places-desc = ちかくの 避難所《ひなんじょ》、AED、トイレ、Wi-Fi
feature-bus = おーバス
feature-bus-desc = 市《し》の 中《なか》を はしる バスの 時間《じかん》
feature-forms = 申請《しんせい》・QR
feature-forms-desc = 家《いえ》で 書類《しょるい》を 書《か》きます。窓口《まどぐち》で QRコードを 見《み》せます。

## Screens that are not built yet

coming-soon-title = 今《いま》 じゅんびして います
coming-soon-body = この ページは、あとで つかえるように なります。すこし まって ください。
not-found-title = ページが ありません
not-found-body = この ページは ありません。ホームから もう 一度《いちど》 えらんで ください。

## Settings

settings-title = 設定《せってい》
settings-language = 言葉《ことば》
settings-language-hint = アプリの 言葉《ことば》を、この 言葉《ことば》に します。
settings-easy-japanese-title = やさしい 日本語《にほんご》
settings-easy-japanese-body = わかりやすい 日本語《にほんご》です。日本語《にほんご》を べんきょうして いる 人《ひと》、子《こ》ども、お年寄《としよ》りも 読《よ》みやすいです。どの 言葉《ことば》の 人《ひと》も えらぶ ことが できます。
settings-second-language = 2番目《ばんめ》の 言葉《ことば》
settings-second-language-hint = お知《し》らせが えらんだ 言葉《ことば》に ない とき、この 言葉《ことば》で 見《み》せます。
settings-display = 見《み》やすさ
settings-font-size = 文字《もじ》の 大《おお》きさ
font-size-normal = ふつう
font-size-large = 大《おお》きい
font-size-xlarge = とても 大《おお》きい
settings-high-contrast = 色《いろ》を はっきり させる
settings-furigana = 漢字《かんじ》に ふりがなを つける
settings-furigana-hint = 漢字《かんじ》の 上《うえ》に、読《よ》み方《かた》を 小《ちい》さく 見《み》せます。
settings-home-area = 住《す》んで いる 地区《ちく》
settings-home-area-hint = ごみを だす 日《ひ》と、ちかくの 避難所《ひなんじょ》を、この 地区《ちく》に あわせて 見《み》せます。
settings-home-area-none = えらんで いません
settings-notifications = 通知《つうち》
settings-notifications-hint = ほしい お知《し》らせを えらんで ください。
notify-disaster = 災害《さいがい》・避難《ひなん》
notify-weather = 天気《てんき》の 警報《けいほう》
notify-crime = 犯罪《はんざい》を ふせぐ
notify-child-safety = 子《こ》どもの 安全《あんぜん》
notify-traffic = 車《くるま》・道《みち》
notify-bus = バスの お知《し》らせ
notify-business = 会社《かいしゃ》・店《みせ》の 人《ひと》へ
notify-events = イベント
notify-city = 市役所《しやくしょ》の お知《し》らせ
settings-quiet-hours = 通知《つうち》を しない 時間《じかん》
settings-quiet-hours-hint = この 時間《じかん》は、命《いのち》が あぶない ときの きんきゅうの じょうほうだけを 通知《つうち》します。
settings-quiet-hours-on = 通知《つうち》を しない 時間《じかん》を つかう
settings-quiet-from = はじまる 時間《じかん》
settings-quiet-to = おわる 時間《じかん》
settings-start-at-login = パソコンを つけた とき、まちの アプリも はじめる（アプリの 画面《がめん》を とじて いても、通知《つうち》が きます）
notifications-no-service = この パソコンは 通知《つうち》を 出《だ》す ことが できません。お知《し》らせは アプリの 中《なか》で 見《み》て ください。
notifications-browser = ブラウザでは 通知《つうち》が きません。通知《つうち》が ほしい ときは、まちの アプリを つかって ください。
tray-open = まちの アプリを ひらく
tray-quit = おわる
settings-saved = 設定《せってい》を ほぞんしました。
settings-save-failed = 設定《せってい》を ほぞんできませんでした。{ $message }

## City data (Settings)

settings-data = 市《し》の データ
data-version = データの 番号《ばんごう》
data-source = どこからの データか
data-source-embedded = アプリの 中《なか》に ある データ
data-source-feed = 市《し》から もらった データ
data-generated = つくった 日《ひ》と 時間《じかん》
data-last-success = さいごに あたらしく した 日《ひ》
data-never = まだ ありません
data-last-error = 前《まえ》の エラー
data-app-version = アプリの バージョン
data-update-now = 今《いま》 あたらしく する
data-updating = あたらしく して います…
data-offline-built-in = 市《し》の サーバーに つながりません。今《いま》は アプリの 中《なか》に ある 市《し》の データ（{ $date }に つくった もの）を 見《み》せて います。つながったら、データを あたらしく します。
data-offline-held = 市《し》の サーバーに つながりません。今《いま》は { $date }に あたらしく した 市《し》の データを 見《み》せて います。つながったら、データを あたらしく します。
data-source-built-in-unpublished = アプリの 中《なか》に ある データ（市《し》が まだ 出《だ》して いない もの）
data-update-failed = あたらしく できませんでした。{ $message }

## Sync results (also used by the Rust core)

sync-up-to-date = 市《し》の データは いちばん あたらしいです。
sync-updated = 市《し》の データを あたらしく しました（{ $version }番《ばん》）。

## Errors (the Rust core formats them as plain text: no kanji)

error-internal = もんだいが ありました。すこし まってから、もう いちど して ください。
error-not-found = { $what ->
    [message] この おしらせは ありません。もう おわった かもしれません。
    [area] 「{ $id }」と いう ちいきは ありません。
    [place] 「{ $id }」と いう ばしょは ありません。
    [stop] 「{ $id }」と いう バスてい は ありません。
    [route] 「{ $id }」と いう バスの みち は ありません。
    [form] 「{ $id }」と いう しんせいの かみは ありません。
    [draft] かきかけの かみは ありません。
    [operation] この アプリでは できません。アプリを あたらしく して ください。（{ $id }）
   *[city_data] しやくしょの データが ありません。データを あたらしく して ください。
}
error-invalid-input = { $expected ->
    [date] 「{ $value }」は 日《ひ》づけでは ありません。2026-12-01 のように かいて ください。
    [datetime] 「{ $value }」は 日《ひ》づけと 時間《じかん》では ありません。2026-12-01 08:30 のように かいて ください。
    [month] 「{ $value }」は 年《ねん》と 月《つき》では ありません。2000〜2099年《ねん》、1〜12月《がつ》で かいて ください。
    [latitude] 緯度《いど》「{ $value }」は、-90 から 90 の あいだで かいて ください。
    [longitude] 経度《けいど》「{ $value }」は、-180 から 180 の あいだで かいて ください。
   *[other] かいた ことが ただしく ありません：{ $detail }
}
error-storage = データを ほぞんできませんでした。スマホや パソコンの あいて いる ところを しらべて ください。
error-sync-network = しやくしょの データを もらう ことが できませんでした（インターネットの エラー：{ $detail }）。
error-sync-http-status = しやくしょの サーバーで エラーが ありました（{ $status }）。
error-sync-too-large = { $what ->
    [bundle] しやくしょの データが おおきすぎて うけとれません（{ $limit }まで）。
   *[file] しやくしょの データの ファイルが おおきすぎて うけとれません（{ $limit }まで）。
}
error-sync-bad-signature = ただしい データか わからないので、あたらしく しませんでした。
error-sync-untrusted-key = しんじる ことが できない データなので、あたらしく しませんでした。
error-sync-wrong-city = ほかの まちの データです（ほしい もの：{ $expected }、きた もの：{ $found }）。
error-sync-rollback = いまの データより ふるい データなので、あたらしく しませんでした（いまの データ：バージョン { $held }、きた データ：バージョン { $offered }）。
error-sync-hash-mismatch = ファイル「{ $file }」が こわれて いるので、あたらしく しませんでした。
error-sync-invalid-manifest = しやくしょの データの リストが ただしく ありません：{ $detail }
error-sync-invalid-content = ファイル「{ $file }」の なかみが ただしく ありません：{ $detail }
error-sync-timeout = じかんが かかりすぎたので、やめました。
error-sync-busy = いま あたらしく して います。おわるまで まって ください。
error-waste-no-area = ごみを だす 日を しらべる ちいきが えらばれて いません。「せってい」で すんで いる ちいきを えらんで ください。
error-waste-send-not-taken = この まちは、見《み》つからなかった 言葉《ことば》を うけとりません。
error-waste-send-offline = 言葉《ことば》を おくる ことが できませんでした（{ $host } に つながりません）。言葉《ことば》は この スマホや パソコンに のこって います。あとで もう いちど して ください。
error-waste-send-refused = しやくしょの コンピューターが 言葉《ことば》を うけとりませんでした（{ $status }）。言葉《ことば》は この スマホや パソコンに のこって います。あとで もう いちど して ください。
error-unknown-locale = この ことばは つかえません：{ $locale }
error-unauthorized = この ページは ひらけません。まちの アプリから もう いちど ひらいて ください。
error-form-invalid = かいた ことを なおして ください。{ $problems }
error-form-too-large = この とどけは QRコードが { $parts }まい いります。まどぐちでは { $max }まいまでです。みじかく して ください。
error-wait-bad-signature = まどぐちの こみぐあいの じょうほうが ただしく ないので、みせて いません。
error-wait-untrusted-key = まどぐちの こみぐあいの じょうほうが しやくしょの ものか わからないので、みせて いません。
error-wait-invalid = まどぐちの こみぐあいの じょうほうが よめません：{ $detail }
error-wait-wrong-city = ほかの まちの こみぐあいの じょうほうです（ほしい もの：{ $expected }、きた もの：{ $found }）。みせて いません。
error-wait-offline = まどぐちの こみぐあいが わかりませんでした（インターネットの エラー：{ $detail }）。
error-wait-http-status = まどぐちの こみぐあいが わかりませんでした（サーバーの エラー：{ $status }）。
# UI only: the page cannot reach machi web / the Tauri core at all.
error-backend-unreachable = アプリの 中《なか》の サービスに つながりません。アプリを もう 一度《いちど》 はじめて ください。

## Health points errors (the Rust core formats them as plain text: no kanji)

error-points-no-scheme = いまは けんこう ポイントを やって いません。
error-points-no-rules = { $date }は けんこう ポイントの きかんでは ありません。
error-points-future-date = { $date }は まだ きて いない 日です。きょうまでの ひにちを かいて ください。
error-points-invalid-date = 「{ $date }」は ひにちとして よめません。ねん-つき-日（れい：2026-11-27）で かいて ください。
error-points-unknown-checkup = 「{ $kind }」は けんこう ポイントの けんさでは ありません。
error-points-no-checkup-points = この けんさは、{ $date }の ルールでは ポイントが もらえません。
error-steps-too-many = いちにちの ほすう（あるいた かず）が { $steps }は おおすぎます。いちばん おおくて { $max }です。かずを たしかめて ください。
error-steps-import-missing-column = この CSVには「{ $column }」の れつが ありません。Google Fit の「Daily activity metrics.csv」を えらんで ください。
error-steps-import-unreadable = ファイルを よめませんでした。ファイルが こわれて いないか、たしかめて ください。ファイルの しゅるいも たしかめて ください。
error-steps-import-not-apple-health = Apple の ヘルスケアの export.xml では ありません。だした ZIPファイルを ひらいて ください。そして、なかの export.xml を えらんで ください。
error-checkin-malformed = しやくしょの イベントの QRコードでは ありません。または、コードが こわれて います。
error-checkin-bad-signature = この コードは かきかえて あるか、にせものです。きろくできません。
error-checkin-unknown-key = この コードは、しやくしょが みとめて いない ところが つくった ものです。きろくできません。
error-checkin-wrong-city = この コードは ほかの まちの イベントの ものです。
error-checkin-not-yet-valid = この コードは { $from }から つかえます。
error-checkin-expired = この コードは もう つかえません（{ $until }まで でした）。
error-checkin-no-code = しゃしんの なかに イベントの QRコードが ありませんでした。コードが ぜんぶ はっきり うつるように、もう いちど とって ください。
error-checkin-not-an-image = しゃしんとして よめませんでした。PNG か JPEG の しゃしんを えらんで ください。
error-profile-not-found = 「{ $name }」と いう 人は いません。
error-profile-exists = 「{ $name }」と いう なまえは もう あります。ちがう なまえに して ください。
error-profile-invalid-name = なまえは 1から { $max }もじまでで かいて ください。
error-profile-invalid-birth-date = うまれた 日「{ $value }」は ねん-つき-日（れい：1985-04-12）で かいて ください。
error-profile-invalid-postal-code = ゆうびん ばんごう「{ $value }」は 7けたの すうじ（れい：323-8686）で かいて ください。
error-profile-invalid-phone = でんわ ばんごう「{ $value }」は 10けた いじょうの すうじで かいて ください。
error-profile-invalid-text = つかう ことが できない もじが はいって います：「{ $value }」

## Start-up recovery (the Rust core formats these as plain text: no kanji)

recovery-content-damaged = この スマホや パソコンに ある しやくしょの データが こわれて いました。だから、アプリの なかに ある データで もう いちど つくりました。せっていと あなたの きろくは そのままです。こわれた ファイルは「{ $file }」と いう なまえで のこして います。
recovery-content-future = この スマホや パソコンに ある しやくしょの データは、あたらしい バージョンの まちで ほぞんした ものでした。だから、アプリの なかに ある データで もう いちど つくりました。せっていと あなたの きろくは そのままです。まえの ファイルは「{ $file }」と いう なまえで のこして います。
recovery-resident-damaged = せっていと あなたの きろくの ファイルが こわれて いて、よめませんでした。だから、あたらしい せっていで はじめました。こわれた ファイルは「{ $file }」と いう なまえで のこして います。
recovery-resident-future = せっていと あなたの きろくは、あたらしい バージョンの まちで ほぞんした ものです。この バージョンでは よめません。だから、あたらしい せっていで はじめました。まえの ファイルは「{ $file }」と いう なまえで のこして います。あたらしい バージョンに すると、つかえます。
recovery-title = お知《し》らせ：データを なおしました
