# Machi — やさしい日本語 (ja-easy). Short sentences, words separated by spaces, almost no kanji.
# Falls back to ja. Same ids and variables as locales/ja/machi.ftl.

locale-name = やさしい にほんご
app-name = まち

## Shell

skip-to-content = ページ の なかみ へ いく
nav-main = メニュー
nav-home = ホーム
nav-settings = せってい
page-title = { $screen } | { $app }
loading = よみこんで います…
back-to-home = ホーム に もどる
retry = もう いちど する
start-failed-title = アプリ を はじめる ことが できません でした

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = かんたんな にほんご で みせます
easy-japanese-leave = { $language } に もどす

## Home

home-title = ホーム
home-intro = { $city } で くらす ための じょうほう です。
home-features = できる こと
feature-inbox = おしらせ
feature-inbox-desc = しやくしょ から の おしらせ と、あぶない とき の じょうほう
feature-waste = ごみ の だしかた
feature-waste-desc = ごみ の わけかた と、ごみ を だす 日
feature-health = けんこう ポイント
feature-health-desc = あるいて ポイント を ためる
feature-places = ひなんじょ・しせつ
feature-places-desc = ちかく の にげる ところ、AED、トイレ、Wi-Fi
feature-bus = おーバス
feature-bus-desc = まち を はしる バス の じかん
feature-forms = しんせい・QR
feature-forms-desc = いえ で しょるい を かいて、まどぐち で QRコード を みせる

## Screens that are not built yet

coming-soon-title = いま じゅんび して います
coming-soon-body = この ページ は、あとで つかえる ように なります。すこし まって ください。
not-found-title = ページ が ありません
not-found-body = この ページ は ありません。ホーム から もう いちど えらんで ください。

## Settings

settings-title = せってい
settings-language = ことば
settings-language-hint = アプリ の ことば を、これ に かえます。
settings-easy-japanese-title = やさしい にほんご
settings-easy-japanese-body = わかりやすい にほんご です。にほんご を べんきょう して いる 人、こども、おとしより も よみやすい です。どの ことば の 人 も えらべます。
settings-second-language = 2番目《ばんめ》の ことば
settings-second-language-hint = おしらせ が えらんだ ことば で ない とき、この ことば で みせます。
settings-display = みやすさ
settings-font-size = 文字《もじ》の 大《おお》きさ
font-size-normal = ふつう
font-size-large = おおきい
font-size-xlarge = とても おおきい
settings-high-contrast = いろ を はっきり させる
settings-furigana = ｜漢字《かんじ》に ふりがな を つける
settings-furigana-hint = ｜漢字《かんじ》の うえ に よみかた を 小《ちい》さく だします。
settings-home-area = すんで いる ところ
settings-home-area-hint = ごみ を だす 日 や ちかく の ひなんじょ を、この ところ に あわせて みせます。
settings-home-area-none = えらんで いません
settings-notifications = つうち（しらせ）
settings-notifications-hint = ほしい おしらせ を えらんで ください。
notify-disaster = さいがい・ひなん
notify-weather = てんき の けいほう
notify-crime = はんざい を ふせぐ
notify-child-safety = こども の あんぜん
notify-traffic = くるま・みち
notify-bus = バス
notify-business = かいしゃ・みせ の 人 へ
notify-events = イベント
notify-city = しやくしょ の おしらせ
settings-quiet-hours = つうち を しない じかん
settings-quiet-hours-hint = この じかん は、いのち が あぶない とき の いそぐ じょうほう だけ を つうち します。
settings-quiet-hours-on = つうち を しない じかん を つかう
settings-quiet-from = はじまる じかん
settings-quiet-to = おわる じかん
settings-start-at-login = パソコン を つけた とき、まち の アプリ も はじめる（がめん を とじて いても、つうち が きます）
notifications-no-service = この パソコン は つうち を だす ことが できません。だから、つうち は でません。おしらせ は アプリ の なか で みる ことが できます。
notifications-browser = ブラウザ では つうち が きません。つうち が ほしい とき は、まち の アプリ を つかって ください。
tray-open = まち の アプリ を ひらく
tray-quit = おわる
settings-saved = せってい を ほぞん しました。
settings-save-failed = せってい を ほぞん できません でした。{ $message }

## City data

settings-data = まち の データ
data-version = データ の 番号《ばんごう》
data-source = どこ から
data-source-embedded = アプリ の なか に ある データ
data-source-feed = しやくしょ から もらった データ
data-generated = つくった 日
data-last-success = さいご に あたらしく した 日
data-never = まだ ありません
data-last-error = まえ の エラー
data-app-version = アプリ の バージョン
data-update-now = いま あたらしく する
data-updating = あたらしく して います…
data-offline-built-in = しやくしょ の サーバー に つながらない ので、アプリ の なか に ある まち の データ（{ $date } に つくった もの）を みせて います。つながったら、アプリ が データ を あたらしく します。
data-offline-held = しやくしょ の サーバー に つながらない ので、{ $date } に あたらしく した まち の データ を みせて います。つながったら、アプリ が データ を あたらしく します。
data-source-built-in-unpublished = アプリ の なか に ある データ（しやくしょ が まだ だして いない もの）
data-update-failed = あたらしく できません でした。{ $message }

## Sync results

sync-up-to-date = データ は いちばん あたらしい です。
sync-updated = データ を あたらしく しました（{ $version } 番《ばん》）。

## Errors

error-internal = もんだい が ありました。すこし まって から、もう いちど して ください。
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
error-invalid-input = かいた ことが ただしく ありません：{ $detail }
error-storage = データ を ほぞん できません でした。スマホ や パソコン の あいて いる ばしょ を みて ください。
error-sync-network = データ を もらう ことが できません でした（インターネット の エラー：{ $detail }）。
error-sync-http-status = しやくしょ の サーバー で エラー が ありました（{ $status }）。
error-sync-too-large = { $what ->
    [bundle] しやくしょの データが おおきすぎて うけとれません（{ $limit }まで）。
   *[file] しやくしょの データの ファイルが おおきすぎて うけとれません（{ $limit }まで）。
}
error-sync-bad-signature = ただしい データ か わからない ので、あたらしく しません でした。
error-sync-untrusted-key = しんじる ことが できない データ なので、あたらしく しません でした。
error-sync-wrong-city = ほか の まち の データ です（ほしい もの：{ $expected }、きた もの：{ $found }）。
error-sync-rollback = いま より ふるい データ なので、あたらしく しません でした（いま：{ $held } 番《ばん》、きた もの：{ $offered } 番《ばん》）。
error-sync-hash-mismatch = ファイル「{ $file }」が こわれて いる ので、あたらしく しません でした。
error-sync-invalid-manifest = データ の リスト が ただしく ありません：{ $detail }
error-sync-invalid-content = ファイル「{ $file }」の なかみ が ただしく ありません：{ $detail }
error-sync-timeout = じかん が かかりすぎた ので、やめました。
error-sync-busy = いま あたらしく して います。おわる まで まって ください。
error-waste-no-area = ごみを あつめる ひを しらべる ちくが えらばれて いません。せってい で すんでいる ちくを えらんで ください。
error-unknown-locale = この ことば は つかえません：{ $locale }
error-unauthorized = この ページ は ひらけません。まち の アプリ から もう いちど ひらいて ください。
error-form-invalid = かいた ことを なおして ください。{ $problems }
error-form-too-large = この とどけは QRコードが { $parts }まい いります。まどぐちでは { $max }まいまでです。みじかく して ください。
error-wait-bad-signature = まどぐちの こみぐあいの じょうほうが ただしく ないので、みせて いません。
error-wait-untrusted-key = まどぐちの こみぐあいの じょうほうが しの ものか わからないので、みせて いません。
error-wait-invalid = まどぐちの こみぐあいの じょうほうが よめません: { $detail }
error-wait-wrong-city = ほかの まちの こみぐあいの じょうほうです（{ $expected }では なくて { $found }）。みせて いません。
error-wait-offline = まどぐちの こみぐあいが わかりませんでした（つうしんの エラー: { $detail }）。
error-wait-http-status = まどぐちの こみぐあいが わかりませんでした（サーバーの エラー: { $status }）。
error-backend-unreachable = アプリ の なか の サービス に つながりません。アプリ を もう いちど はじめて ください。

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = いま は けんこう ポイント を やって いません。
error-points-no-rules = { $date } は けんこう ポイント の きかん では ありません。
error-points-future-date = { $date } は まだ きて いない 日 です。きょう まで の ひにち を かいて ください。
error-points-invalid-date = 「{ $date }」は ひにち として よめません。ねん-つき-日（れい：2026-11-27）で かいて ください。
error-points-unknown-checkup = 「{ $kind }」は けんこう ポイント の けんさ では ありません。
error-points-no-checkup-points = この けんさ は { $date } の ルール では ポイント が もらえません。
error-steps-too-many = 1日 に { $steps } ぽ は おおすぎます（いちばん おおくて { $max } ぽ）。かず を たしかめて ください。
error-steps-import-missing-column = この CSV には「{ $column }」の れつ が ありません。Google Fit の「Daily activity metrics.csv」を えらんで ください。
error-steps-import-unreadable = ファイル を よめません でした。こわれて いないか、ファイル の しゅるい が あって いるか たしかめて ください。
error-steps-import-not-apple-health = Apple の ヘルスケア の export.xml では ありません。だした ZIP ファイル を ひらいて、なか の export.xml を えらんで ください。
error-checkin-malformed = まち の イベント の QRコード では ない か、コード が こわれて います。
error-checkin-bad-signature = この コード は かきかえられて いる か、にせもの です。きろく できません。
error-checkin-unknown-key = この コード は、まち が みとめて いない ところ が つくった もの です。きろく できません。
error-checkin-wrong-city = この コード は ほか の まち の イベント の もの です。
error-checkin-not-yet-valid = この コード は { $from } から つかえます。
error-checkin-expired = この コード は もう つかえません（{ $until } まで でした）。
error-checkin-no-code = しゃしん の なか に イベント の QRコード が ありません でした。コード が ぜんぶ はっきり うつる ように、もう いちど とって ください。
error-checkin-not-an-image = しゃしん として よめません でした。PNG か JPEG の しゃしん を えらんで ください。
error-profile-not-found = 「{ $name }」と いう 人 は いません。
error-profile-exists = 「{ $name }」と いう なまえ は もう あります。ちがう なまえ に して ください。
error-profile-invalid-name = なまえ は 1 から { $max } もじ で かいて ください。
error-profile-invalid-birth-date = うまれた 日「{ $value }」は ねん-つき-日（れい：1985-04-12）で かいて ください。
error-profile-invalid-postal-code = ゆうびんばんごう「{ $value }」は 7 けた の すうじ（れい：323-8686）で かいて ください。
error-profile-invalid-phone = でんわばんごう「{ $value }」は 10 けた いじょう の すうじ で かいて ください。
error-profile-invalid-text = つかえない もじ が はいって います：「{ $value }」

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = この スマホ や パソコン に ある まち の データ が こわれて いました。だから、アプリ の なか に ある データ で もう いちど つくりました。せってい と あなた の きろく は かわりません。（こわれた ファイル は「{ $file }」と いう なまえ で のこして います）
recovery-content-future = この スマホ や パソコン に ある まち の データ は、あたらしい バージョン の まち の アプリ で ほぞん した もの でした。だから、アプリ の なか に ある データ で もう いちど つくりました。せってい と あなた の きろく は かわりません。（まえ の ファイル は「{ $file }」と いう なまえ で のこして います）
recovery-resident-damaged = せってい と あなた の きろく の ファイル が こわれて いて、よめません でした。だから、あたらしい せってい で はじめました。こわれた ファイル は「{ $file }」と いう なまえ で のこして います。
recovery-resident-future = せってい と あなた の きろく は、あたらしい バージョン の まち の アプリ で ほぞん されて いる ので、この バージョン では よめません。だから、あたらしい せってい で はじめました。まえ の ファイル は「{ $file }」と いう なまえ で のこして います。アプリ を あたらしい バージョン に すると、つかえます。
recovery-title = おしらせ：データ を なおしました
