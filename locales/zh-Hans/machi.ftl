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
error-not-found = 找不到{ $what }。
error-invalid-input = 输入的内容无效：{ $detail }
error-storage = 无法在此设备上保存数据。请检查可用空间。
error-sync-network = 无法下载城市数据（网络错误：{ $detail }）。
error-sync-http-status = 市政府的服务器返回了错误（{ $status }）。
error-sync-too-large = { $what }太大（上限：{ $limit }）。
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
error-unknown-locale = 不支持此语言：{ $locale }
error-unauthorized = 您没有访问权限。请从 Machi 应用重新打开此页面。
error-backend-unreachable = 应用无法连接到其内部服务。请重新启动应用。

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = 此设备上保存的城市数据已损坏，因此已根据应用内置的数据重新生成。您的设置和个人记录保持不变。（损坏的文件已保留为“{ $file }”。）
recovery-content-future = 此设备上的城市数据是由较新版本的 Machi 保存的，因此已根据应用内置的数据重新生成。您的设置和个人记录保持不变。（原文件已保留为“{ $file }”。）
recovery-resident-damaged = 保存您的设置和个人记录的文件已损坏，无法读取，因此已使用新的设置启动。损坏的文件已保留为“{ $file }”。
recovery-resident-future = 您的设置和个人记录是由较新版本的 Machi 保存的，此版本无法读取。已使用新的设置启动。原文件已保留为“{ $file }”，更新到新版本后即可使用。
recovery-title = 通知：数据已恢复
