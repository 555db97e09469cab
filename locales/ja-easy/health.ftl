# Health points (健康ポイント) in やさしい日本語: the progress view, the forms that earn points, the history, the
# counter code, how to earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as
# numbers, so they are shown grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core, stored as a name: no furigana). A neutral "me".
health-profile-default-name = わたし
health-back = 健康《けんこう》ポイントに もどる
health-file-none = ファイルを まだ えらんで いません

## Whose points (one tap switches)

health-profiles-heading = だれの ポイントを 見《み》ますか
health-showing = 今《いま》 見《み》て いる 人《ひと》：{ $name }
health-profiles-hint = 家族《かぞく》で つかう ときは、記録《きろく》する 人《ひと》を えらんで ください。ポイントと 記録《きろく》は 人《ひと》ごとに わかれて います。
health-profiles-manage = 人《ひと》を ふやす・名前《なまえ》を かえる・じぶんの じょうほう
health-switched = { $name }の 記録《きろく》を 見《み》せて います。

## The progress view

health-progress-heading = { $name }の ポイント
health-period = 期間《きかん》：{ $period }
health-balance-unit = { $points ->
   *[other] ポイント
}
health-tier-label = 今《いま》の ランク
health-tier = 今《いま》の ランク：{ $tier }
health-tier-none = まだ ランクは ありません
health-to-next-tier = { $tier }まで、あと { $points } ポイント
health-top-tier = いちばん 上《うえ》の ランクに なりました
health-draw-entries-label = 抽選《ちゅうせん》に 出《だ》せる 数《かず》
health-draw-entries = { $count }口《くち》
health-streak-label = つづけて あるいた 日《ひ》の 数《かず》
health-streak = { $days }日《にち》
health-streak-goal = { $goal }日《にち》 つづくと、ボーナスが あります
health-today-steps-label = 今日《きょう》の 歩数《ほすう》
health-today-steps = { $steps }歩《ほ》
health-today-steps-none = まだ 記録《きろく》して いません
health-by-source = ポイントの うちわけ
health-source-steps = 歩数《ほすう》（あるいた 数《かず》）
health-source-bonus = つづけて あるいた ボーナス
health-source-checkup = 健康《けんこう》診断《しんだん》・がん検診《けんしん》
health-source-checkin = イベントに 行《い》った
health-points-value = { $points } ポイント
health-show-counter = 窓口《まどぐち》で 見《み》せる
health-how-to-earn = ポイントの ため方《かた》

## Recording

health-record-heading = 記録《きろく》する
health-record-for = { $name }の 記録《きろく》として ほぞんします。
health-refused = 記録《きろく》できませんでした。{ $message }

health-steps-heading = 歩数《ほすう》（あるいた 数《かず》）
health-steps-date = 日《ひ》にち
health-steps-count = 歩数《ほすう》（何歩《なんぽ》）
health-steps-hint = 同《おな》じ 日《ひ》を もう 一度《いちど》 入《い》れると、その 日《ひ》の 歩数《ほすう》は あたらしい 数《かず》に かわります。
health-steps-save = 歩数《ほすう》を 記録《きろく》する
health-steps-recorded = { $date }の 歩数《ほすう》 { $steps }歩《ほ》を 記録《きろく》しました（{ $points } ポイント）。
health-steps-corrected = { $date }の 歩数《ほすう》を { $steps }歩《ほ》に なおしました（この 日《ひ》は { $points } ポイント）。
health-steps-unchanged = { $date }の 歩数《ほすう》は { $steps }歩《ほ》の ままです（{ $points } ポイント）。
health-bonus-earned = つづけて あるいた ボーナスで { $points } ポイント もらいました。
health-bonus-lost = あるいた 日《ひ》が つづかなく なりました。だから、ボーナスの { $points } ポイントを とりけしました。
health-error-date-required = 日《ひ》にちを 入《い》れて ください。
health-error-steps-number = 歩数《ほすう》は 0 いじょうの 数字《すうじ》で 入《い》れて ください。

health-checkin-heading = イベントに 行《い》った（QRコード）
health-checkin-hint = 会場《かいじょう》に ある QRコードの 写真《しゃしん》を えらんで ください。または、コードの 文字《もじ》を はりつけて ください。1つの イベントで、｜1人《ひとり》 1回《かい》だけ 記録《きろく》できます。
health-checkin-paste = コードの 文字《もじ》（MACHI-EVENT1. で はじまる 文字《もじ》）
health-checkin-save = イベントに 行《い》った ことを 記録《きろく》する
health-checkin-image = QRコードの 写真《しゃしん》や 絵《え》を えらぶ（PNG・JPEG）
health-checkin-camera = カメラで 読《よ》みとる
# Only an accessible name (aria-label of the camera view), where furigana cannot be shown.
health-checkin-camera-label = カメラの えいぞう
health-checkin-camera-capture = 写真《しゃしん》を とって 読《よ》みとる
health-checkin-camera-close = カメラを とじる
health-checkin-camera-failed = カメラを つかう ことが できませんでした。写真《しゃしん》を えらぶか、コードの 文字《もじ》を はりつけて ください。
health-checkin-reading = コードを たしかめて います…
health-checkin-credited = 「{ $event }」に 行《い》った ことを 記録《きろく》しました：{ $points } ポイント（{ $name }）。
health-checkin-already = 「{ $event }」に 行《い》った ことは、{ $date }に もう 記録《きろく》して います（{ $name }）。ポイントは ふえません。
health-error-code-required = コードの 文字《もじ》を はりつけて ください。

health-checkup-heading = 健康《けんこう》診断《しんだん》・がん検診《けんしん》
health-checkup-kind = うけた 健康《けんこう》診断《しんだん》・検診《けんしん》
health-checkup-choose = えらんで ください
health-checkup-option = { $kind }（{ $points } ポイント もらえます）
health-checkup-date = うけた 日《ひ》
health-checkup-save = うけた ことを 記録《きろく》する
health-checkup-recorded = { $kind }（{ $date }）を 記録《きろく》しました：{ $points } ポイント。
health-checkup-already = { $kind }は、この 期間《きかん》に もう 記録《きろく》して います（{ $date }）。ポイントは ふえません。
health-error-kind-required = 健康《けんこう》診断《しんだん》・検診《けんしん》の 種類《しゅるい》を えらんで ください。

health-import-heading = 歩数《ほすう》の ファイルを よみこむ
health-import-hint = Google Fit の ファイル（Google テイクアウトの「Daily activity metrics.csv」）を えらんで ください。または、Apple の ヘルスケアから 出《だ》した export.xml を えらんで ください。同《おな》じ 日《ひ》は、あたらしい 数《かず》に かわります。
health-import-file = ファイルを えらぶ
health-import-format = ファイルの 種類《しゅるい》
health-import-format-auto = アプリが きめる
health-import-format-google-fit = Google Fit の ファイル（CSV）
health-import-format-apple-health = Apple の ヘルスケアの ファイル（export.xml）
health-import-save = よみこむ
health-import-reading = よみこんで います…
health-import-done = { $days }日《にち》ぶんを よみこみました。あたらしく 記録《きろく》した 日《ひ》：{ $recorded }日《にち》、なおした 日《ひ》：{ $corrected }日《にち》、かわらない 日《ひ》：{ $unchanged }日《にち》、つかわない 日《ひ》：{ $skipped }日《にち》。
health-error-file-required = ファイルを えらんで ください。

## History

health-history-heading = 今《いま》までの 記録《きろく》
health-history-empty = まだ 記録《きろく》は ありません。
health-history-more = もっと 見《み》る（あと { $count }件《けん》）
health-history-steps = 歩数《ほすう》 { $steps }歩《ほ》
health-history-steps-correction = 歩数《ほすう》を なおした：{ $steps }歩《ほ》
health-history-origin-google-fit = Google Fit から
health-history-origin-apple-health = Apple の ヘルスケアから
health-history-checkup = 検診《けんしん》：{ $kind }
health-history-checkin = イベントに 行《い》った：{ $event }
health-history-bonus = { $days }日《にち》 つづけた ボーナス
health-history-bonus-removed = つづけた ボーナスの とりけし
# $points is already signed (+8, −3).
health-history-points = { $points } ポイント

## The resident's data

health-data-heading = 記録《きろく》を ファイルに する・けす
health-data-hint = 記録《きろく》と じぶんの じょうほうは、この スマホや パソコンの 中《なか》だけに あります。市《し》や ほかの ところには おくりません。
health-export-json = JSONの ファイルに する
health-export-csv = CSVの ファイルに する
health-exported = { $file }を ほぞんしました。
health-delete-all = { $name }の 記録《きろく》を ぜんぶ けす
health-delete-confirm-heading = ほんとうに けしますか？
health-delete-confirm-body = { $name }の プロフィール、じぶんの じょうほう、ポイントの 記録《きろく》を ぜんぶ けします。けしたら、もとに もどせません。
health-delete-confirm = けす
health-delete-cancel = やめる
health-deleted = { $name }の 記録《きろく》 { $count }件《けん》を ぜんぶ けしました。

## Show at the counter (#/health/counter)

health-counter-title = 窓口《まどぐち》で 見《み》せる
health-counter-hint = 画面《がめん》を あかるく して ください。そして、この QRコードを 市役所《しやくしょ》の 窓口《まどぐち》の 人《ひと》に 見《み》せて ください。
health-counter-parts = QRコードが { $count }つ あります。じゅんばんに ぜんぶ 見《み》せて ください。
health-counter-code-label = 窓口《まどぐち》で 見《み》せる QRコード（{ $part }/{ $of }）
health-counter-asof = { $date }の じょうほう
health-counter-total = ぜんぶで
health-counter-verified-label = たしかめる ことが できる イベントの 記録《きろく》
health-counter-verified = { $count }回《かい》・{ $points } ポイント
health-counter-self-label = じぶんで 書《か》いた もの（歩数《ほすう》・ボーナス・健康《けんこう》診断《しんだん》）
health-counter-steps = { $days }日《にち》・{ $points } ポイント

## How to earn (#/health/rules)

health-rules-title = ポイントの ため方《かた》
health-rules-heading = 今《いま》の ルール
health-rules-valid = { $from }から { $to }までの ルールです（{ $version }番《ばん》）。
health-rules-steps = 歩数《ほすう》：{ $steps }歩《ほ》で 1 ポイント。｜1日《いちにち》に いちばん 多《おお》くて { $cap } ポイント（{ $capsteps }歩《ほ》）までです。
health-rules-streak = つづけて あるいた ボーナス：{ $days }日《にち》 つづけて、｜1日《いちにち》に { $steps }歩《ほ》 いじょう あるくと、{ $points } ポイントです。
health-rules-checkin = イベント：会場《かいじょう》の QRコードで 1回《かい》 { $points } ポイントです（イベントで ちがう ことが あります）。
health-rules-checkups = 健康《けんこう》診断《しんだん》・がん検診《けんしん》（期間《きかん》の 中《なか》で、種類《しゅるい》ごとに 1回《かい》）
health-rules-tiers = ランクと 抽選《ちゅうせん》
health-rules-tier = { $tier }：{ $points } ポイントで 抽選《ちゅうせん》 { $entries }口《くち》
health-rules-next = { $from }から あたらしい ルールに なります（{ $version }番《ばん》）

## The family's profiles (#/health/profiles)

health-profiles-title = 家族《かぞく》の プロフィール
health-profiles-registered = 登録《とうろく》して いる 人《ひと》
health-profile-shown = 今《いま》 見《み》て いる 人《ひと》
health-profile-rename = 名前《なまえ》を かえる
health-profile-renamed = 名前《なまえ》を { $name }に かえました。
health-profile-add = 人《ひと》を ふやす
health-profile-name = 名前《なまえ》（よび名《な》）
health-profile-added = { $name }を ふやしました。
health-error-name-required = 名前《なまえ》を 入《い》れて ください。
health-details-heading = { $name }の じょうほう
health-details-hint = 申請書《しんせいしょ》に アプリが 書《か》く ための じょうほうです。この スマホや パソコンの 中《なか》だけに ほぞんします。
health-details-full-name = 氏名《しめい》（名前《なまえ》）
health-details-kana = フリガナ（名前《なまえ》の 読《よ》み方《かた》を カタカナで）
health-details-birth-date = 生年月日《せいねんがっぴ》（うまれた 日《ひ》）
health-details-postal-code = 郵便《ゆうびん》番号《ばんごう》（例《れい》：323-8686）
health-details-address = 住所《じゅうしょ》
health-details-phone = 電話《でんわ》番号《ばんごう》
health-details-consent = 申請書《しんせいしょ》を 書《か》く とき、この じょうほうを つかっても いいです
health-details-save = ほぞんする
health-details-saved = ほぞんしました。
