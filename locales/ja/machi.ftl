# Machi — strings shared by the UI (ui/) and the Rust core (crates/core).
# ja is the reference locale: every other locale has exactly these ids, with the same variables per message.
# Variables are passed as strings (versions too), so Fluent never adds digit grouping.

locale-name = 日本語
app-name = まち

## Shell

skip-to-content = 本文へ移動
nav-main = メインメニュー
nav-home = ホーム
nav-settings = 設定
# document.title
page-title = { $screen } | { $app }
loading = 読み込んでいます…
back-to-home = ホームに戻る
retry = もう一度試す
start-failed-title = アプリを開始できませんでした

## やさしい日本語 switch (Home and Settings)

# Shown in Japanese in every locale, so that anyone can recognise it.
easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = 漢字を減らした、わかりやすい日本語で表示します
# Shown in the language the resident came from ($language is that language's own name).
easy-japanese-leave = { $language }に戻す

## Home

home-title = ホーム
home-intro = { $city }での暮らしに役立つ情報をまとめています。
home-features = できること
feature-inbox = お知らせ
feature-inbox-desc = 市からのお知らせや緊急情報
feature-waste = ごみ分別
feature-waste-desc = ごみの分け方と収集日
feature-health = 健康ポイント
feature-health-desc = 歩いたり参加したりしてポイントをためる
feature-places = 避難所・施設
feature-places-desc = 近くの避難所、AED、トイレ、Wi-Fi
feature-bus = おーバス
feature-bus-desc = 市内を走るバスの時刻表
feature-forms = 申請・QR
feature-forms-desc = 申請書を自宅で入力して、窓口でQRコードを見せる

## Screens that are not built yet

coming-soon-title = 準備中です
coming-soon-body = この機能は、今後のアップデートで使えるようになります。もうしばらくお待ちください。
not-found-title = ページが見つかりません
not-found-body = このページはありません。ホームから選び直してください。

## Settings

settings-title = 設定
settings-language = 表示する言語
settings-language-hint = アプリの文字をこの言語で表示します。
settings-easy-japanese-title = やさしい日本語
settings-easy-japanese-body = 日本語を勉強している人や子ども、高齢の方にも読みやすい日本語です。どの言語を使っている人でも選べます。
settings-second-language = 2番目の言語
settings-second-language-hint = お知らせが表示する言語で用意されていないときは、この言語で表示します。
settings-display = 見やすさ
settings-font-size = 文字の大きさ
font-size-normal = 標準
font-size-large = 大きい
font-size-xlarge = とても大きい
settings-high-contrast = 色のコントラストを強くする
settings-furigana = 漢字にふりがなを付ける
settings-furigana-hint = 漢字の上に読み方を小さく表示します。
settings-home-area = 住んでいる地区
settings-home-area-hint = ごみの収集日や近くの避難所を、この地区に合わせて表示します。
settings-home-area-none = 選んでいません
settings-notifications = 通知
settings-notifications-hint = 受け取りたいお知らせの種類を選んでください。
notify-disaster = 災害・避難
notify-weather = 気象警報
notify-crime = 防犯
notify-child-safety = 子どもの安全
notify-traffic = 交通・道路
notify-bus = バス
notify-business = 事業者向け
notify-events = イベント
notify-city = 市政情報
settings-quiet-hours = 通知しない時間帯
settings-quiet-hours-hint = この時間帯は、命に関わる緊急の情報だけを通知します。
settings-quiet-hours-on = 通知しない時間帯を使う
settings-quiet-from = 開始
settings-quiet-to = 終了
settings-start-at-login = パソコンを起動したときに、まちも起動する（ウィンドウを閉じていても通知が届きます）
notifications-no-service = このパソコンには通知を表示するしくみがないため、通知は表示されません。お知らせはアプリの中で確認できます。
notifications-browser = ブラウザでは通知は届きません。通知を受け取るには、まちのアプリを使ってください。
tray-open = まちを開く
tray-quit = 終了
settings-saved = 設定を保存しました。
settings-save-failed = 設定を保存できませんでした。{ $message }

## City data (Settings)

settings-data = 市のデータ
data-version = データの版
data-source = 入手元
data-source-embedded = アプリに内蔵
data-source-feed = 市から配信
data-generated = 作成日時
data-last-success = 最終更新
data-never = まだありません
data-last-error = 前回の更新エラー
data-app-version = アプリのバージョン
data-update-now = 今すぐ更新
data-updating = 更新しています…
data-offline-built-in = 市のサーバーにつながらないため、アプリに内蔵の市のデータ（{ $date }作成）を表示しています。つながると自動で更新します。
data-offline-held = 市のサーバーにつながらないため、{ $date }に更新した市のデータを表示しています。つながると自動で更新します。
data-source-built-in-unpublished = アプリに内蔵（配信前のデータ）
data-update-failed = 更新できませんでした。{ $message }

## Sync results (also used by the Rust core)

sync-up-to-date = 市のデータは最新です。
sync-updated = 市のデータを第{ $version }版に更新しました。

## Errors (ids used by the Rust core; keep ids and variables stable)

error-internal = 問題が発生しました。しばらくしてから、もう一度お試しください。
error-not-found = { $what ->
    [message] このお知らせは見つかりません。取り消されたか、期限が過ぎた可能性があります。
    [area] 地区「{ $id }」は見つかりません。
    [place] 場所「{ $id }」は見つかりません。
    [stop] バス停「{ $id }」は見つかりません。
    [route] バスの路線「{ $id }」は見つかりません。
    [form] 申請書「{ $id }」は見つかりません。
    [draft] この申請書の下書きはありません。
    [operation] この機能は、お使いのMachiにはありません。アプリを更新してください。（{ $id }）
   *[city_data] 必要な市のデータが見つかりません。データを更新してください。
}
error-invalid-input = { $expected ->
    [date] 「{ $value }」は日付として読めません。2026-12-01 のように書いてください。
    [datetime] 「{ $value }」は日時として読めません。2026-12-01 08:30 のように書いてください。
    [month] 「{ $value }」は年と月として読めません。2000〜2099年、1〜12月で指定してください。
    [latitude] 緯度「{ $value }」は、-90 から 90 の間で指定してください。
    [longitude] 経度「{ $value }」は、-180 から 180 の間で指定してください。
   *[other] 入力内容が正しくありません：{ $detail }
}
error-storage = この端末にデータを保存できませんでした。空き容量を確認してください。
error-sync-network = 市のデータを取得できませんでした（通信エラー：{ $detail }）。
error-sync-http-status = 市のサーバーがエラーを返しました（{ $status }）。
error-sync-too-large = { $what ->
    [bundle] 市のデータが大きすぎるため、受け取りませんでした（上限 { $limit }）。
   *[file] 市のデータのファイルが大きすぎるため、受け取りませんでした（上限 { $limit }）。
}
error-sync-bad-signature = 署名が正しくないため、市のデータを更新しませんでした。
error-sync-untrusted-key = 信頼できない鍵で署名されていたため、市のデータを更新しませんでした。
error-sync-wrong-city = 別の自治体のデータです（必要：{ $expected }、受信：{ $found }）。
error-sync-rollback = 今のデータより古いため、更新しませんでした（現在：第{ $held }版、受信：第{ $offered }版）。
error-sync-hash-mismatch = ファイル「{ $file }」が壊れているため、更新しませんでした。
error-sync-invalid-manifest = 市のデータの目録が正しくありません：{ $detail }
error-sync-invalid-content = ファイル「{ $file }」の内容が正しくありません：{ $detail }
error-sync-timeout = 通信に時間がかかりすぎたため、更新を中止しました。
error-sync-busy = 更新中です。終わるまでお待ちください。
error-waste-no-area = ごみの収集日を調べる地区が選ばれていません。設定で住んでいる地区を選んでください。
error-waste-send-not-taken = この市は、見つからなかった言葉を受け付けていません。
error-waste-send-offline = 言葉を送れませんでした（{ $host } につながりません）。言葉はこの端末に残っています。あとでもう一度お試しください。
error-waste-send-refused = 市のサーバーが言葉を受け取りませんでした（{ $status }）。言葉はこの端末に残っています。あとでもう一度お試しください。
error-unknown-locale = 対応していない言語です：{ $locale }
error-unauthorized = アクセスが許可されていません。まちのアプリから、このページを開き直してください。
error-form-invalid = 入力を直してください。{ $problems }
error-form-too-large = この届出はQRコード{ $parts }枚分になり、窓口で受け付けられる{ $max }枚を超えます。備考などを短くしてください。
error-wait-bad-signature = 待ち状況の情報の署名が正しくないため、表示していません。
error-wait-untrusted-key = 待ち状況の情報が市のものと確認できないため、表示していません。
error-wait-invalid = 待ち状況の情報を読み取れませんでした：{ $detail }
error-wait-wrong-city = 別の自治体の待ち状況です（必要：{ $expected }、受信：{ $found }）。表示していません。
error-wait-offline = 待ち状況を受け取れませんでした（通信エラー：{ $detail }）。
error-wait-http-status = 待ち状況を受け取れませんでした（サーバーのエラー：{ $status }）。
# UI only: the page cannot reach machi web / the Tauri core at all.
error-backend-unreachable = アプリ内のサービスに接続できません。アプリを起動し直してください。

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = いまは健康ポイントの制度が行われていません。
error-points-no-rules = { $date }は、健康ポイントの対象期間ではありません。
error-points-future-date = { $date }はまだ来ていない日です。今日までの日付を入力してください。
error-points-invalid-date = 「{ $date }」は日付として読めません。年-月-日（例：2026-11-27）で入力してください。
error-points-unknown-checkup = 「{ $kind }」は、市の健康ポイントの健診・検診にありません。
error-points-no-checkup-points = この健診・検診は、{ $date }のルールではポイントの対象ではありません。
error-steps-too-many = 1日の歩数 { $steps }歩は多すぎます（上限 { $max }歩）。数を確かめてください。
error-steps-import-missing-column = このCSVには「{ $column }」の列がありません。Google Fit の「Daily activity metrics.csv」を選んでください。
error-steps-import-unreadable = ファイルを読み取れませんでした。壊れていないか、ファイルの種類が合っているか確かめてください。
error-steps-import-not-apple-health = Apple ヘルスケアの export.xml ではありません。書き出したZIPファイルを展開して、中の export.xml を選んでください。
error-checkin-malformed = 市のイベント参加用のQRコードではないか、コードが壊れています。
error-checkin-bad-signature = このコードは書き換えられているか、偽物です。記録できません。
error-checkin-unknown-key = このコードは、市が認めていない発行元のものです。記録できません。
error-checkin-wrong-city = このコードは、ほかの市町村のイベントのものです。
error-checkin-not-yet-valid = このコードは { $from }から使えます。
error-checkin-expired = このコードの有効期限（{ $until }まで）が過ぎています。
error-checkin-no-code = 画像の中にイベント参加用のQRコードが見つかりませんでした。コード全体がはっきり写るように撮り直してください。
error-checkin-not-an-image = 画像として読めませんでした。PNG か JPEG の写真を選んでください。
error-profile-not-found = 「{ $name }」という人は登録されていません。
error-profile-exists = 「{ $name }」という名前はもう使われています。別の名前にしてください。
error-profile-invalid-name = 名前は1〜{ $max }文字で入力してください。
error-profile-invalid-birth-date = 生年月日「{ $value }」は、年-月-日（例：1985-04-12）で入力してください。
error-profile-invalid-postal-code = 郵便番号「{ $value }」は、7けたの数字（例：323-8686）で入力してください。
error-profile-invalid-phone = 電話番号「{ $value }」は、10けた以上の数字で入力してください。
error-profile-invalid-text = 使えない文字（制御文字）が入っています：「{ $value }」

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = この端末に保存していた市のデータが壊れていたため、アプリに内蔵のデータから作り直しました。設定やご自身の記録はそのままです。（壊れたファイルは「{ $file }」として残してあります）
recovery-content-future = この端末の市のデータは新しいバージョンのまちで保存されていたため、アプリに内蔵のデータから作り直しました。設定やご自身の記録はそのままです。（元のファイルは「{ $file }」として残してあります）
recovery-resident-damaged = 設定とご自身の記録を保存したファイルが壊れていて読めなかったため、新しい設定で始めました。壊れたファイルは「{ $file }」として残してあります。
recovery-resident-future = 設定とご自身の記録は新しいバージョンのまちで保存されていて、このバージョンでは読めません。新しい設定で始めました。元のファイルは「{ $file }」として残してあります。新しいバージョンに更新すると使えます。
recovery-title = お知らせ：データを復旧しました
