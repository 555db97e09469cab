# 健康點數（健康ポイント）：進度、可獲得點數的表單、紀錄、櫃檯用QR碼、獲得點數的方法、家人的個人資料。
# The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown grouped (8,000);
# the CLI passes them as text. Dates arrive formatted for the locale.

# 第一次使用時建立的個人資料名稱（也由 Rust 核心使用）。中性的「我」。
health-profile-default-name = 我
health-back = 回到健康點數
health-file-none = 尚未選擇檔案

## Whose points (one tap switches)

health-profiles-heading = 顯示對象
health-showing = 目前顯示：{ $name }
health-profiles-hint = 與家人共用時，請先選擇要記錄的人。每個人的點數與紀錄分開計算。
health-profiles-manage = 新增成員、更改名稱、個人資料
health-switched = 目前顯示{ $name }的紀錄。

## The progress view

health-progress-heading = { $name }的點數
health-period = 期間：{ $period }
health-balance-unit = { $points ->
   *[other] 點
}
health-tier-label = 目前等級
health-tier = 目前等級：{ $tier }
health-tier-none = 尚未達到任何等級
health-to-next-tier = 距離{ $tier }還差 { $points } 點
health-top-tier = 已達到最高等級
health-draw-entries-label = 抽獎次數
health-draw-entries = { $count } 次
health-streak-label = 連續走路天數
health-streak = { $days } 天
health-streak-goal = 連續 { $goal } 天可獲得獎勵點數
health-today-steps-label = 今日步數
health-today-steps = { $steps } 步
health-today-steps-none = 尚未記錄
health-by-source = 點數明細
health-source-steps = 步數
health-source-bonus = 連續獎勵
health-source-checkup = 健康檢查與癌症篩檢
health-source-checkin = 參加活動
health-points-value = { $points } 點
health-show-counter = 在櫃檯出示
health-how-to-earn = 如何累積點數

## Recording

health-record-heading = 記錄
health-record-for = 將儲存為{ $name }的紀錄。
health-refused = 無法記錄。{ $message }

health-steps-heading = 步數
health-steps-date = 日期
health-steps-count = 步數（步）
health-steps-hint = 再次輸入同一天的步數時，會以新的數字取代當天的步數。
health-steps-save = 記錄步數
health-steps-recorded = 已記錄{ $date }的步數 { $steps } 步（{ $points } 點）。
health-steps-corrected = 已將{ $date }的步數修正為 { $steps } 步（當天為 { $points } 點）。
health-steps-unchanged = { $date }的步數維持 { $steps } 步（{ $points } 點）。
health-bonus-earned = 已獲得連續獎勵 { $points } 點。
health-bonus-lost = 由於連續紀錄中斷，已取消獎勵 { $points } 點。
health-error-date-required = 請輸入日期。
health-error-steps-number = 步數請輸入 0 以上的數字。

health-checkin-heading = 參加活動（QR碼）
health-checkin-hint = 請選擇活動會場張貼的QR碼相片，或貼上QR碼的文字。每場活動每人只會記錄一次。
health-checkin-paste = QR碼的文字（以 MACHI-EVENT1. 開頭）
health-checkin-save = 記錄參加
health-checkin-image = 選擇QR碼的相片或圖片（PNG、JPEG）
health-checkin-camera = 用相機掃描
health-checkin-camera-label = 相機畫面
health-checkin-camera-capture = 拍照並讀取
health-checkin-camera-close = 關閉相機
health-checkin-camera-failed = 無法使用相機。請選擇相片，或貼上QR碼的文字。
health-checkin-reading = 正在確認QR碼…
health-checkin-credited = 已記錄參加「{ $event }」：{ $points } 點（{ $name }）。
health-checkin-already = 參加「{ $event }」已於{ $date }記錄過了（{ $name }）。點數不會增加。
health-error-code-required = 請貼上QR碼的文字。

health-checkup-heading = 健康檢查與癌症篩檢
health-checkup-kind = 接受的檢查或篩檢
health-checkup-choose = 請選擇
health-checkup-option = { $kind }（{ $points } 點）
health-checkup-date = 受檢日期
health-checkup-save = 記錄受檢
health-checkup-recorded = 已記錄{ $kind }（{ $date }）：{ $points } 點。
health-checkup-already = { $kind }在這個期間已經記錄過了（{ $date }）。點數不會增加。
health-error-kind-required = 請選擇檢查或篩檢的種類。

health-import-heading = 匯入步數檔案
health-import-hint = 請選擇 Google Fit 的檔案（Google 匯出資料中的「Daily activity metrics.csv」），或從 Apple「健康」匯出的 export.xml。同一天的步數會以新的數字取代。
health-import-file = 檔案
health-import-format = 檔案類型
health-import-format-auto = 自動判斷
health-import-format-google-fit = Google Fit 檔案（CSV）
health-import-format-apple-health = Apple「健康」檔案（export.xml）
health-import-save = 匯入
health-import-reading = 匯入中…
health-import-done = 已讀取 { $days } 天的資料。新記錄：{ $recorded } 天，已修正：{ $corrected } 天，未變更：{ $unchanged } 天，不適用：{ $skipped } 天。
health-error-file-required = 請選擇檔案。

## History

health-history-heading = 紀錄歷程
health-history-empty = 尚無任何紀錄。
health-history-more = 顯示更多（還有 { $count } 筆）
health-history-steps = 步數 { $steps } 步
health-history-steps-correction = 步數修正：{ $steps } 步
health-history-origin-google-fit = 來自 Google Fit
health-history-origin-apple-health = 來自 Apple「健康」
health-history-checkup = { $kind }
health-history-checkin = 參加活動：{ $event }
health-history-bonus = 連續 { $days } 天獎勵
health-history-bonus-removed = 取消連續獎勵
# $points 已帶正負號（+8、−3）。
health-history-points = { $points } 點

## The resident's data

health-data-heading = 匯出與刪除紀錄
health-data-hint = 紀錄與個人資料只存在這台裝置內，不會傳送給市政府或其他任何地方。
health-export-json = 匯出為 JSON
health-export-csv = 匯出為 CSV
health-exported = 已儲存 { $file }。
health-delete-all = 刪除{ $name }的所有紀錄
health-delete-confirm-heading = 確定要刪除嗎？
health-delete-confirm-body = 將刪除{ $name }的個人資料與所有點數紀錄。刪除後無法復原。
health-delete-confirm = 刪除
health-delete-cancel = 取消
health-deleted = 已刪除{ $name }的全部 { $count } 筆紀錄。

## Show at the counter (#/health/counter)

health-counter-title = 在櫃檯出示
health-counter-hint = 請將螢幕調亮，向市政府櫃檯的工作人員出示這個QR碼。
health-counter-parts = 共有 { $count } 個QR碼。請依序全部出示。
health-counter-code-label = 櫃檯用QR碼（{ $part }/{ $of }）
health-counter-asof = 截至{ $date }
health-counter-total = 合計
health-counter-verified-label = 可查證的活動參加紀錄
health-counter-verified = { $count } 次，{ $points } 點
health-counter-self-label = 自行申報（步數、獎勵、健康檢查）
health-counter-steps = { $days } 天，{ $points } 點

## How to earn (#/health/rules)

health-rules-title = 如何累積點數
health-rules-heading = 目前的規則
health-rules-valid = 本規則適用期間為{ $from }至{ $to }（第{ $version }版）。
health-rules-steps = 步數：每 { $steps } 步 1 點。每天最多 { $cap } 點（{ $capsteps } 步）。
health-rules-streak = 連續獎勵：連續 { $days } 天每天走 { $steps } 步以上，可獲得 { $points } 點。
health-rules-checkin = 參加活動：掃描會場的QR碼，每次 { $points } 點（依活動而異）。
health-rules-checkups = 健康檢查與癌症篩檢（期間內每種各限 1 次）
health-rules-tiers = 等級與抽獎
health-rules-tier = { $tier }：{ $points } 點可獲得 { $entries } 次抽獎機會
health-rules-next = 自{ $from }起適用新規則（第{ $version }版）

## The family's profiles (#/health/profiles)

health-profiles-title = 家人的個人資料
health-profiles-registered = 已登錄的成員
health-profile-shown = 顯示中
health-profile-rename = 更改名稱
health-profile-renamed = 已將名稱改為{ $name }。
health-profile-add = 新增成員
health-profile-name = 名稱（暱稱）
health-profile-added = 已新增{ $name }。
health-error-name-required = 請輸入名稱。
health-details-heading = { $name }的個人資料
health-details-hint = 用於自動填寫申請書的資料，只儲存在這台裝置內。
health-details-full-name = 姓名
health-details-kana = 姓名的片假名拼音
health-details-birth-date = 出生日期
health-details-postal-code = 郵遞區號（例：323-8686）
health-details-address = 地址
health-details-phone = 電話號碼
health-details-consent = 允許將這些資料用於填寫申請書
health-details-save = 儲存
health-details-saved = 已儲存。
