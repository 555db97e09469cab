# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = 我
health-back = 返回健康积分
health-file-none = 尚未选择文件

## Whose points (one tap switches)

health-profiles-heading = 查看谁的积分
health-showing = 正在显示：{ $name }
health-profiles-hint = 家人共用这台设备时，请先选择人员。每个人的积分和记录是分开的。
health-profiles-manage = 添加人员、修改名字、个人信息
health-switched = 现在显示的是{ $name }的记录。

## The progress view

health-progress-heading = { $name }的积分
health-period = 期间：{ $period }
health-balance-unit = { $points ->
   *[other] 分
}
health-tier-label = 当前等级
health-tier = 当前等级：{ $tier }
health-tier-none = 尚未达到任何等级
health-to-next-tier = 距离{ $tier }还差 { $points } 分
health-top-tier = 已达到最高等级
health-draw-entries-label = 抽奖次数
health-draw-entries = { $count } 次
health-streak-label = 连续走路天数
health-streak = { $days } 天
health-streak-goal = 连续 { $goal } 天可获奖励
health-today-steps-label = 今天的步数
health-today-steps = { $steps } 步
health-today-steps-none = 尚未记录
health-by-source = 积分来源
health-source-steps = 步数
health-source-bonus = 连续奖励
health-source-checkup = 健康检查和癌症筛查
health-source-checkin = 参加活动
health-points-value = { $points } 分
health-show-counter = 在窗口出示
health-how-to-earn = 如何获得积分

## Recording

health-record-heading = 记录
health-record-for = 将记录为{ $name }的记录。
health-refused = 未能记录。{ $message }

health-steps-heading = 步数
health-steps-date = 日期
health-steps-count = 步数
health-steps-hint = 再次输入同一天时，该天的步数会被新数字替换。
health-steps-save = 记录步数
health-steps-recorded = 已记录 { $date } 的 { $steps } 步（{ $points } 分）。
health-steps-corrected = 已将 { $date } 的步数改为 { $steps } 步（该天现为 { $points } 分）。
health-steps-unchanged = { $date } 的步数仍为 { $steps } 步（{ $points } 分）。
health-bonus-earned = 获得连续奖励 { $points } 分。
health-bonus-lost = 连续记录中断，已取消 { $points } 分的奖励。
health-error-date-required = 请输入日期。
health-error-steps-number = 请用 0 以上的整数输入步数。

health-checkin-heading = 参加活动（二维码）
health-checkin-hint = 请选择活动现场二维码的照片，或粘贴二维码的文字。每个活动每人只记录一次。
health-checkin-paste = 二维码的文字（以 MACHI-EVENT1. 开头）
health-checkin-save = 记录参加
health-checkin-image = 选择二维码的照片或图片（PNG、JPEG）
health-checkin-camera = 用相机扫描
health-checkin-camera-label = 相机画面
health-checkin-camera-capture = 拍照并读取
health-checkin-camera-close = 关闭相机
health-checkin-camera-failed = 无法使用相机。请选择照片，或粘贴二维码的文字。
health-checkin-reading = 正在确认二维码…
health-checkin-credited = 已记录参加“{ $event }”：{ $points } 分（{ $name }）。
health-checkin-already = 参加“{ $event }”已于 { $date } 记录（{ $name }）。积分不会增加。
health-error-code-required = 请粘贴二维码的文字。

health-checkup-heading = 健康检查和癌症筛查
health-checkup-kind = 您接受的检查
health-checkup-choose = 请选择
health-checkup-option = { $kind }（{ $points } 分）
health-checkup-date = 检查日期
health-checkup-save = 记录检查
health-checkup-recorded = 已记录{ $kind }（{ $date }）：{ $points } 分。
health-checkup-already = { $kind }在本期间已记录（{ $date }）。积分不会增加。
health-error-kind-required = 请选择检查的种类。

health-import-heading = 导入步数文件
health-import-hint = 请选择 Google Fit 的“Daily activity metrics.csv”（来自 Google Takeout），或从 Apple“健康”导出的 export.xml。已记录的日子会被新数字替换。
health-import-file = 选择文件
health-import-format = 文件种类
health-import-format-auto = 自动判断
health-import-format-google-fit = Google Fit（CSV 文件）
health-import-format-apple-health = Apple“健康”（export.xml 文件）
health-import-save = 导入
health-import-reading = 正在导入…
health-import-done = 已读取 { $days } 天：新记录 { $recorded } 天，修改 { $corrected } 天，未变 { $unchanged } 天，不在活动期间 { $skipped } 天。
health-error-file-required = 请选择文件。

## History

health-history-heading = 记录历史
health-history-empty = 还没有记录。
health-history-more = 显示更多（还有 { $count } 条）
health-history-steps = { $steps } 步
health-history-steps-correction = 步数修改：{ $steps } 步
health-history-origin-google-fit = 来自 Google Fit
health-history-origin-apple-health = 来自 Apple“健康”
health-history-checkup = 检查：{ $kind }
health-history-checkin = 活动：{ $event }
health-history-bonus = 连续 { $days } 天奖励
health-history-bonus-removed = 取消连续奖励
# $points is already signed (+8, −3).
health-history-points = { $points } 分

## The resident's data

health-data-heading = 保存或删除记录
health-data-hint = 记录和个人信息只保存在这台设备上，绝不会发送给市政府或其他地方。
health-export-json = 保存为 JSON
health-export-csv = 保存为 CSV
health-exported = 已保存 { $file }。
health-delete-all = 删除{ $name }的全部记录
health-delete-confirm-heading = 确定要删除吗？
health-delete-confirm-body = 将删除{ $name }的个人资料、个人信息和全部积分记录。删除后无法恢复。
health-delete-confirm = 删除
health-delete-cancel = 取消
health-deleted = 已删除{ $name }及全部 { $count } 条记录。

## Show at the counter (#/health/counter)

health-counter-title = 在窗口出示
health-counter-hint = 请调高屏幕亮度，把这个二维码出示给市政府窗口的工作人员。
health-counter-parts = 共有 { $count } 个二维码。请按顺序全部出示。
health-counter-code-label = 窗口用二维码（{ $part }/{ $of }）
health-counter-asof = 截至 { $date }
health-counter-total = 合计
health-counter-verified-label = 窗口可以核实的活动参加
health-counter-verified = { $count } 次，{ $points } 分
health-counter-self-label = 自行申报（步数、奖励、检查）
health-counter-steps = { $days } 天，{ $points } 分

## How to earn (#/health/rules)

health-rules-title = 如何获得积分
health-rules-heading = 当前规则
health-rules-valid = 本规则适用于 { $from } 至 { $to }（第 { $version } 版）。
health-rules-steps = 步数：每 { $steps } 步得 1 分，每天最多 { $cap } 分（{ $capsteps } 步）。
health-rules-streak = 连续奖励：连续 { $days } 天每天走 { $steps } 步以上，可得 { $points } 分。
health-rules-checkin = 活动：每次在活动现场扫描二维码得 { $points } 分（不同活动可能不同）。
health-rules-checkups = 健康检查和癌症筛查（每种在每个期间各一次）
health-rules-tiers = 等级和抽奖
health-rules-tier = { $tier }：{ $points } 分，抽奖 { $entries } 次
health-rules-next = 从 { $from } 起实行新规则（第 { $version } 版）

## The family's profiles (#/health/profiles)

health-profiles-title = 家人的个人资料
health-profiles-registered = 这台设备上的人员
health-profile-shown = 正在显示
health-profile-rename = 修改名字
health-profile-renamed = 名字已改为{ $name }。
health-profile-add = 添加人员
health-profile-name = 名字（家里的称呼）
health-profile-added = 已添加{ $name }。
health-error-name-required = 请输入名字。
health-details-heading = { $name }的个人信息
health-details-hint = 用于自动填写申请表。只保存在这台设备上。
health-details-full-name = 姓名
health-details-kana = 姓名的片假名（注音）
health-details-birth-date = 出生日期
health-details-postal-code = 邮政编码（例：323-8686）
health-details-address = 地址
health-details-phone = 电话号码
health-details-consent = 允许用这些信息填写申请表
health-details-save = 保存
health-details-saved = 已保存。
