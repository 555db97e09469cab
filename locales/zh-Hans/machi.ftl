# Machi — 简体中文 (zh-Hans). Same ids and variables as locales/ja/machi.ftl.

locale-name = 简体中文
app-name = Machi

## Shell

skip-to-content = 跳到主要内容
nav-main = 主菜单
nav-home = 首页
nav-settings = 设置
page-title = { $screen } | { $app }
loading = 正在加载…
back-to-home = 返回首页
retry = 重试
start-failed-title = 应用无法启动

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = 用汉字较少、简单易懂的日语显示应用
easy-japanese-leave = 返回{ $language }

## Home

home-title = 首页
home-intro = 这里汇集了在{ $city }生活的实用信息。
home-features = 可以使用的功能
feature-inbox = 通知
feature-inbox-desc = 来自市政府的消息和紧急信息
feature-waste = 垃圾分类
feature-waste-desc = 垃圾的分类方法和收集日
feature-health = 健康积分
feature-health-desc = 通过步行和参加活动积累积分
feature-places = 避难所与设施
feature-places-desc = 附近的避难所、AED、厕所和Wi-Fi
feature-bus = 市内巴士（おーバス）
feature-bus-desc = 市内巴士时刻表
feature-forms = 申请与二维码
feature-forms-desc = 在家填写申请表，在窗口出示二维码

## Screens that are not built yet

coming-soon-title = 敬请期待
coming-soon-body = 此功能将在今后的更新中提供。感谢您的耐心等待。
not-found-title = 找不到页面
not-found-body = 此页面不存在。请从首页重新选择。

## Settings

settings-title = 设置
settings-language = 显示语言
settings-language-hint = 应用中的文字将以此语言显示。
settings-easy-japanese-title = 简易日语（やさしい日本語）
settings-easy-japanese-body = 简单易读的日语，适合正在学习日语的人、儿童和老年人。无论使用哪种语言，任何人都可以选择。
settings-second-language = 第二语言
settings-second-language-hint = 当通知没有您所选语言的版本时，将以此语言显示。
settings-display = 显示效果
settings-font-size = 文字大小
font-size-normal = 标准
font-size-large = 大
font-size-xlarge = 特大
settings-high-contrast = 高对比度（颜色更鲜明）
settings-furigana = 显示假名注音（汉字上方的读音）
settings-furigana-hint = 在日语汉字上方用小号假名显示读音。
settings-home-area = 居住地区
settings-home-area-hint = 将按照此地区显示垃圾收集日和附近的避难所。
settings-home-area-none = 未选择
settings-notifications = 推送通知
settings-notifications-hint = 请选择您想接收的通知类型。
notify-disaster = 灾害与避难
notify-weather = 气象警报
notify-crime = 防范犯罪
notify-child-safety = 儿童安全
notify-traffic = 交通与道路
notify-bus = 公交巴士
notify-business = 面向企业
notify-events = 活动
notify-city = 市政信息
settings-quiet-hours = 免打扰时段
settings-quiet-hours-hint = 在此时段内，仅推送与生命安全相关的紧急信息。
settings-quiet-hours-on = 启用免打扰时段
settings-quiet-from = 开始
settings-quiet-to = 结束
settings-start-at-login = 开机时自动启动 Machi（即使关闭应用窗口，也能收到推送通知）
notifications-no-service = 此电脑没有显示推送通知的功能，因此不会显示推送通知。您可以在应用内查看通知。
notifications-browser = 浏览器无法接收推送通知。如需接收推送通知，请使用 Machi 应用。
tray-open = 打开 Machi
tray-quit = 退出
settings-saved = 设置已保存。
settings-save-failed = 无法保存设置。{ $message }

## City data

settings-data = 城市数据
data-version = 数据版本
data-source = 来源
data-source-embedded = 应用内置
data-source-feed = 从市政府下载
data-generated = 创建时间
data-last-success = 最近更新
data-never = 尚无
data-last-error = 上次更新的错误
data-app-version = 应用版本
data-update-now = 立即更新
data-updating = 正在更新…
data-offline-built-in = 由于无法连接到市政府的服务器，目前显示的是应用内置的城市数据（{ $date }创建）。恢复连接后将自动更新。
data-offline-held = 由于无法连接到市政府的服务器，目前显示的是{ $date }更新的城市数据。恢复连接后将自动更新。
data-source-built-in-unpublished = 应用内置（尚未发布的数据）
data-update-failed = 更新失败。{ $message }

## Sync results

sync-up-to-date = 城市数据已是最新。
sync-updated = 城市数据已更新到第{ $version }版。

## Errors

error-internal = 出现了问题。请稍后再试。
error-not-found = { $what ->
    [message] 此通知已不存在，可能已撤销或过期。
    [area] 没有名为“{ $id }”的地区。
    [place] 没有名为“{ $id }”的地点。
    [stop] 没有名为“{ $id }”的公交站。
    [route] 没有名为“{ $id }”的公交线路。
    [form] 没有名为“{ $id }”的表格。
    [draft] 此表格没有已保存的草稿。
    [operation] 此版本的 Machi 无法执行该操作。请更新应用。（{ $id }）
   *[city_data] 缺少部分市政数据。请更新数据。
}
error-invalid-input = { $expected ->
    [date] 无法将“{ $value }”识别为日期。请按 2026-12-01 这样的格式输入。
    [datetime] 无法将“{ $value }”识别为日期和时间。请按 2026-12-01 08:30 这样的格式输入。
    [month] 无法将“{ $value }”识别为年月。请指定 2000–2099 年、1–12 月。
    [latitude] 纬度“{ $value }”必须在 -90 到 90 之间。
    [longitude] 经度“{ $value }”必须在 -180 到 180 之间。
   *[other] 输入的内容无效：{ $detail }
}
error-storage = 无法在此设备上保存数据。请检查可用空间。
error-sync-network = 无法下载城市数据（网络错误：{ $detail }）。
error-sync-http-status = 市政府的服务器返回了错误（{ $status }）。
error-sync-too-large = { $what ->
    [bundle] 市政数据超过了本应用的上限（{ $limit }），因此未下载。
   *[file] 市政数据中的一个文件超过了本应用的上限（{ $limit }），因此未下载。
}
error-sync-bad-signature = 由于签名无效，未更新城市数据。
error-sync-untrusted-key = 由于使用了不受信任的密钥签名，未更新城市数据。
error-sync-wrong-city = 这是其他市町村的数据（应为：{ $expected }，收到：{ $found }）。
error-sync-rollback = 收到的数据比当前数据旧，因此未更新（当前：{ $held }，收到：{ $offered }）。
error-sync-hash-mismatch = 文件“{ $file }”已损坏，因此未更新数据。
error-sync-invalid-manifest = 城市数据的文件清单无效：{ $detail }
error-sync-invalid-content = 文件“{ $file }”的内容无效：{ $detail }
error-sync-timeout = 连接时间过长，已停止更新。
error-sync-busy = 正在进行更新。请等待更新完成。
error-waste-no-area = 尚未选择垃圾收集日历的地区。请在设置中选择您居住的地区。
error-waste-send-not-taken = 该市政府不接收未找到结果的词语。
error-waste-send-offline = 无法发送词语（无法连接到 { $host }）。词语仍保存在本设备上。请稍后再试。
error-waste-send-refused = 市政府的服务器没有接收这些词语（{ $status }）。词语仍保存在本设备上。请稍后再试。
error-unknown-locale = 不支持此语言：{ $locale }
error-unauthorized = 您没有访问权限。请从 Machi 应用重新打开此页面。
error-form-invalid = 请修改申报书。{ $problems }
error-form-too-large = 此申报书需要{ $parts }个二维码，超过窗口可接受的{ $max }个。请缩短备注等较长的内容。
error-wait-bad-signature = 等候信息的签名无效，因此未显示。
error-wait-untrusted-key = 无法确认等候信息来自市政府，因此未显示。
error-wait-invalid = 无法读取等候信息：{ $detail }
error-wait-wrong-city = 这是其他市町村的等候信息（应为{ $expected }，收到{ $found }），因此未显示。
error-wait-offline = 无法获取等候信息（网络错误：{ $detail }）。
error-wait-http-status = 无法获取等候信息（服务器错误{ $status }）。
error-backend-unreachable = 应用无法连接到其内部服务。请重新启动应用。

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = 目前市里没有实施健康积分制度。
error-points-no-rules = { $date } 不在健康积分的期间内。
error-points-future-date = { $date } 还没有到。请输入今天以前的日期。
error-points-invalid-date = “{ $date }”不是日期。请按年-月-日输入（例：2026-11-27）。
error-points-unknown-checkup = “{ $kind }”不属于市健康积分的检查项目。
error-points-no-checkup-points = 按 { $date } 的规则，这项检查没有积分。
error-steps-too-many = 一天 { $steps } 步太多了（上限 { $max } 步）。请确认数字。
error-steps-import-missing-column = 这个 CSV 没有“{ $column }”列。请选择 Google Fit 的“Daily activity metrics.csv”。
error-steps-import-unreadable = 无法读取文件。请确认文件没有损坏，并且种类正确。
error-steps-import-not-apple-health = 这不是 Apple“健康”的 export.xml。请解压导出的 ZIP 文件，选择其中的 export.xml。
error-checkin-malformed = 这不是市里活动的二维码，或者二维码已损坏。
error-checkin-bad-signature = 这个二维码被改动过或是伪造的，无法记录。
error-checkin-unknown-key = 这个二维码不是由市里认可的发行方发行的，无法记录。
error-checkin-wrong-city = 这个二维码属于其他市町村的活动。
error-checkin-not-yet-valid = 这个二维码从 { $from } 起才能使用。
error-checkin-expired = 这个二维码已过期（有效期至 { $until }）。
error-checkin-no-code = 图片中没有找到活动二维码。请重新拍摄，使整个二维码清晰可见。
error-checkin-not-an-image = 无法作为图片读取。请选择 PNG 或 JPEG 照片。
error-profile-not-found = 这台设备上没有名为“{ $name }”的人员。
error-profile-exists = 名字“{ $name }”已被使用。请换一个名字。
error-profile-invalid-name = 名字请输入 1 到 { $max } 个字。
error-profile-invalid-birth-date = 请按年-月-日输入出生日期“{ $value }”（例：1985-04-12）。
error-profile-invalid-postal-code = 请用七位数字输入邮政编码“{ $value }”（例：323-8686）。
error-profile-invalid-phone = 请用至少十位数字输入电话号码“{ $value }”。
error-profile-invalid-text = 文字中含有不能使用的字符（控制字符）：“{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = 此设备上保存的城市数据已损坏，因此已根据应用内置的数据重新生成。您的设置和个人记录保持不变。（损坏的文件已保留为“{ $file }”。）
recovery-content-future = 此设备上的城市数据是由较新版本的 Machi 保存的，因此已根据应用内置的数据重新生成。您的设置和个人记录保持不变。（原文件已保留为“{ $file }”。）
recovery-resident-damaged = 保存您的设置和个人记录的文件已损坏，无法读取，因此已使用新的设置启动。损坏的文件已保留为“{ $file }”。
recovery-resident-future = 您的设置和个人记录是由较新版本的 Machi 保存的，此版本无法读取。已使用新的设置启动。原文件已保留为“{ $file }”，更新到新版本后即可使用。
recovery-title = 通知：数据已恢复
