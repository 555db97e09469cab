# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = 自分
health-back = 健康ポイントに戻る
health-file-none = ファイルは選ばれていません

## Whose points (one tap switches)

health-profiles-heading = 表示する人
health-showing = 表示中：{ $name }
health-profiles-hint = 家族で使うときは、記録する人を選んでください。ポイントと記録は人ごとに分かれています。
health-profiles-manage = 人の追加・名前の変更・個人の情報
health-switched = { $name }の記録を表示しています。

## The progress view

health-progress-heading = { $name }のポイント
health-period = 期間：{ $period }
health-balance-unit = { $points ->
   *[other] ポイント
}
health-tier-label = いまのランク
health-tier = いまのランク：{ $tier }
health-tier-none = まだランクはありません
health-to-next-tier = { $tier }まで あと { $points }ポイント
health-top-tier = いちばん上のランクに届きました
health-draw-entries-label = 抽選の応募口数
health-draw-entries = { $count }口
health-streak-label = 続けて歩いた日数
health-streak = { $days }日
health-streak-goal = { $goal }日続くとボーナス
health-today-steps-label = 今日の歩数
health-today-steps = { $steps }歩
health-today-steps-none = まだ記録していません
health-by-source = ポイントの内訳
health-source-steps = 歩数
health-source-bonus = 連続ボーナス
health-source-checkup = 健診・がん検診
health-source-checkin = イベント参加
health-points-value = { $points }ポイント
health-show-counter = 窓口で見せる
health-how-to-earn = ポイントのため方

## Recording

health-record-heading = 記録する
health-record-for = { $name }の記録として保存します。
health-refused = 記録できませんでした。{ $message }

health-steps-heading = 歩数
health-steps-date = 日付
health-steps-count = 歩数（歩）
health-steps-hint = 同じ日をもう一度入力すると、その日の歩数が新しい数に置き換わります。
health-steps-save = 歩数を記録する
health-steps-recorded = { $date }の歩数 { $steps }歩を記録しました（{ $points }ポイント）。
health-steps-corrected = { $date }の歩数を { $steps }歩に直しました（この日は { $points }ポイント）。
health-steps-unchanged = { $date }の歩数は { $steps }歩のままです（{ $points }ポイント）。
health-bonus-earned = 連続ボーナス { $points }ポイントがつきました。
health-bonus-lost = 連続が途切れたため、ボーナス { $points }ポイントを取り消しました。
health-error-date-required = 日付を入力してください。
health-error-steps-number = 歩数は 0 以上の数字で入力してください。

health-checkin-heading = イベント参加（QRコード）
health-checkin-hint = 会場に掲示されたQRコードの写真を選ぶか、コードの文字を貼り付けてください。1つのイベントで、1人1回だけ記録されます。
health-checkin-paste = コードの文字（MACHI-EVENT1. で始まる文字）
health-checkin-save = 参加を記録する
health-checkin-image = QRコードの写真や画像を選ぶ（PNG・JPEG）
health-checkin-camera = カメラで読み取る
health-checkin-camera-label = カメラの映像
health-checkin-camera-capture = 撮影して読み取る
health-checkin-camera-close = カメラを閉じる
health-checkin-camera-failed = カメラを使えませんでした。写真を選ぶか、コードの文字を貼り付けてください。
health-checkin-reading = コードを確かめています…
health-checkin-credited = 「{ $event }」への参加を記録しました：{ $points }ポイント（{ $name }）。
health-checkin-already = 「{ $event }」への参加は{ $date }に記録済みです（{ $name }）。ポイントは増えません。
health-error-code-required = コードの文字を貼り付けてください。

health-checkup-heading = 健診・がん検診
health-checkup-kind = 受けた健診・検診
health-checkup-choose = 選んでください
health-checkup-option = { $kind }（{ $points }ポイント）
health-checkup-date = 受けた日
health-checkup-save = 受診を記録する
health-checkup-recorded = { $kind }（{ $date }）を記録しました：{ $points }ポイント。
health-checkup-already = { $kind }は、この期間に記録済みです（{ $date }）。ポイントは増えません。
health-error-kind-required = 健診・検診の種類を選んでください。

health-import-heading = 歩数のファイルを読み込む
health-import-hint = Google Fit（Google テイクアウトの「Daily activity metrics.csv」）か、Apple ヘルスケアから書き出した export.xml を選んでください。同じ日は新しい数に置き換わります。
health-import-file = ファイル
health-import-format = ファイルの種類
health-import-format-auto = 自動で判断する
health-import-format-google-fit = Google Fit のファイル（CSV）
health-import-format-apple-health = Apple ヘルスケアのファイル（export.xml）
health-import-save = 読み込む
health-import-reading = 読み込んでいます…
health-import-done = { $days }日分を読み込みました。新しく記録：{ $recorded }日、直した日：{ $corrected }日、変わらない日：{ $unchanged }日、対象外：{ $skipped }日。
health-error-file-required = ファイルを選んでください。

## History

health-history-heading = 記録の履歴
health-history-empty = まだ記録はありません。
health-history-more = さらに表示（残り { $count }件）
health-history-steps = 歩数 { $steps }歩
health-history-steps-correction = 歩数の訂正：{ $steps }歩
health-history-origin-google-fit = Google Fitから
health-history-origin-apple-health = Appleヘルスケアから
health-history-checkup = { $kind }
health-history-checkin = イベント参加：{ $event }
health-history-bonus = { $days }日連続ボーナス
health-history-bonus-removed = 連続ボーナスの取り消し
# $points is already signed (+8, −3).
health-history-points = { $points }ポイント

## The resident's data

health-data-heading = 記録の書き出しと削除
health-data-hint = 記録と個人の情報はこの端末の中だけにあり、市や他の場所には送られません。
health-export-json = JSON で書き出す
health-export-csv = CSV で書き出す
health-exported = { $file } を保存しました。
health-delete-all = { $name }の記録をすべて削除
health-delete-confirm-heading = 本当に削除しますか？
health-delete-confirm-body = { $name }のプロフィール、個人の情報、ポイントの記録をすべて削除します。元に戻すことはできません。
health-delete-confirm = 削除する
health-delete-cancel = キャンセル
health-deleted = { $name }の記録 { $count }件をすべて削除しました。

## Show at the counter (#/health/counter)

health-counter-title = 窓口で見せる
health-counter-hint = 画面を明るくして、このQRコードを市の窓口の職員に見せてください。
health-counter-parts = QRコードが { $count }つあります。順番にすべて見せてください。
health-counter-code-label = 窓口用のQRコード（{ $part }/{ $of }）
health-counter-asof = { $date }現在
health-counter-total = 合計
health-counter-verified-label = 確認できるイベント参加
health-counter-verified = { $count }回・{ $points }ポイント
health-counter-self-label = 自己申告（歩数・ボーナス・健診）
health-counter-steps = { $days }日・{ $points }ポイント

## How to earn (#/health/rules)

health-rules-title = ポイントのため方
health-rules-heading = いまのルール
health-rules-valid = { $from }から{ $to }までのルールです（第{ $version }版）。
health-rules-steps = 歩数：{ $steps }歩で 1 ポイント。1日 最大 { $cap }ポイント（{ $capsteps }歩）まで。
health-rules-streak = 連続ボーナス：{ $days }日続けて { $steps }歩以上歩くと { $points }ポイント。
health-rules-checkin = イベント参加：会場のQRコードで 1回 { $points }ポイント（イベントによって違います）。
health-rules-checkups = 健診・がん検診（期間中に種類ごとに1回）
health-rules-tiers = ランクと抽選
health-rules-tier = { $tier }：{ $points }ポイントで抽選 { $entries }口
health-rules-next = { $from }から新しいルールになります（第{ $version }版）

## The family's profiles (#/health/profiles)

health-profiles-title = 家族のプロフィール
health-profiles-registered = 登録している人
health-profile-shown = 表示中
health-profile-rename = 名前を変える
health-profile-renamed = 名前を{ $name }に変えました。
health-profile-add = 人を追加する
health-profile-name = 名前（呼び名）
health-profile-added = { $name }を追加しました。
health-error-name-required = 名前を入力してください。
health-details-heading = { $name }の個人の情報
health-details-hint = 申請書に自動で入力するための情報です。この端末の中だけに保存されます。
health-details-full-name = 氏名
health-details-kana = フリガナ
health-details-birth-date = 生年月日
health-details-postal-code = 郵便番号（例：323-8686）
health-details-address = 住所
health-details-phone = 電話番号
health-details-consent = 申請書の入力にこの情報を使うことを許可する
health-details-save = 保存する
health-details-saved = 保存しました。
