# Өргөдөл (書かない窓口) ба цонхны дараалал (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = Заавал бөглөнө үү.
form-error-too-long = Дээд тал нь { $max } тэмдэгт оруулна уу.
form-error-characters = «{ $char }» тэмдэгтийг үйлчилгээний цонхонд уншиж чадахгүй. Өөр тэмдэгт ашиглана уу.
form-error-kana-only = Зөвхөн хирагана эсвэл катаканаар бичнэ үү («{ $char }» тэмдэгтийг ашиглах боломжгүй).
form-error-name-characters = Овог нэрэнд «{ $char }» тэмдэгт ашиглах боломжгүй.
form-error-postal-code = Шуудангийн код нь 7 оронтой тоо байна (жишээ нь: 323-8686).
form-error-phone = Утасны дугаараа шалгана уу (жишээ нь: 0285-22-1111).
form-error-email = Имэйл хаягаа шалгана уу.
form-error-date-format = Огноо гэж уншиж чадсангүй (жишээ нь: 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = Ийм өдөр байхгүй.
form-error-date-era-ended = { $era } үеийн сүүлийн өдөр: { $last_day }. Та { $suggestion } гэж бичих гэсэн үү?
form-error-date-era-not-started = { $era } үеийн эхний өдөр: { $first_day }. Та { $suggestion } гэж бичих гэсэн үү?
form-error-date-too-early = { $earliest } өдрөөс өмнөх огноо ашиглах боломжгүй.
form-error-date-in-future = Өнөөдрөөс хойших огноо оруулах боломжгүй.
form-error-date-in-past = Өнөөдрөөс өмнөх огноо сонгох боломжгүй.
form-error-number = Тоогоор оруулна уу.
form-error-number-too-small = { $min } буюу түүнээс их тоо оруулна уу.
form-error-number-too-large = { $max } буюу түүнээс бага тоо оруулна уу.
form-error-choice = Сонголтуудаас нэгийг сонгоно уу.
form-error-members-too-few = Дор хаяж { $min } хүн оруулна уу.
form-error-members-too-many = Хамгийн ихдээ { $max } хүн оруулах боломжтой.
form-prefill-consent = Профайлын мэдээллийг (овог нэр, төрсөн огноо, хаяг гэх мэт) энэ өргөдөлд оруулах уу? Зөвхөн энэ төхөөрөмж дотор ашиглах бөгөөд хаашаа ч илгээхгүй.
form-codes-show = Эдгээр кодыг үйлчилгээний цонхонд үзүүлнэ үү ({ $count } ширхэг).
wait-updated-at = { $time } цагийн байдлаарх дараалал
wait-stale = Энэ мэдээлэл { $minutes } минутын өмнөх юм. Одоогийн хүлээх хугацаанаас өөр байж магадгүй.
wait-offline = Интернэтэд холбогдоогүй байна. Хамгийн сүүлд хүлээн авсан мэдээллийг харуулж байна.
wait-unknown = Дарааллын мэдээлэл хараахан ирээгүй байна.
wait-offline-empty = Дарааллын мэдээллийг хүлээн авах боломжгүй. Интернэтэд холбогдоогүй бололтой.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, { $row }-р хүн: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = Профайлаас { $count } талбар бөглөлөө. Шалгана уу.
form-prefill-needs-consent = Зөвшөөрөл өгөөгүй тул профайлыг уншаагүй.
form-prefill-no-profile = Энэ төхөөрөмжид профайл хараахан байхгүй.
form-prefill-not-shared = Энэ профайлыг өргөдөлд ашиглахгүй гэж тохируулсан байна. Профайлын тохиргооноос өөрчилж болно.
form-prefill-nothing = Профайлаас бөглөх хоосон талбар байсангүй.

## The forms list (#/forms)

forms-intro = Мэдүүлэг, өргөдлөө гэртээ бөглөөд, үйлчилгээний цонхонд зөвхөн QR код үзүүлэхэд л болно.
forms-private = Оруулсан мэдээлэл зөвхөн энэ төхөөрөмжид хадгалагдах бөгөөд хаашаа ч илгээгдэхгүй.
forms-list-heading = Мэдүүлэг, өргөдөл
forms-official-label = Үйлчилгээний цонхон дээрх нэр
forms-counter = Цонх: { $counter }
forms-draft-saved-at = Ноорог байгаа ({ $time } хадгалсан)
forms-none = Мэдүүлэг, өргөдөл хараахан байхгүй.
forms-wait-link = Үйлчилгээний цонхны дарааллыг харах
forms-list-failed = Мэдүүлэг, өргөдлийн жагсаалтыг ачаалж чадсангүй: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = Өргөдлийг нээж чадсангүй: { $message }
form-required = Заавал
form-date-hint = Жишээ нь: 2026-04-01, 令和8年4月1日, R8.4.1
form-member-heading = { $row }-р хүн
form-member-add = Хүн нэмэх
form-member-remove = { $row }-р хүнийг хасах
form-member-added = { $row }-р хүнийг нэмлээ.
form-member-removed = Нэг хүнийг хаслаа.
form-members-limit = Хамгийн ихдээ { $max } хүн оруулах боломжтой.
form-prefill-title = Профайлаас бөглөх
form-prefill-button = Профайлаасаа бөглөх
form-prefill-agree = Зөвшөөрөөд бөглөх
form-prefill-cancel = Болих
form-prefill-given = Энэ өргөдөлд профайлаа ашиглахыг зөвшөөрсөн байна.
form-prefill-withdraw = Зөвшөөрлөө цуцлах
form-prefill-withdrawn = Зөвшөөрлийг цуцаллаа. Бөглөсөн мэдээлэл хэвээр үлдэнэ.
form-draft-saved = Ноорог хадгаллаа ({ $time })
form-draft-restored = Өмнө нь оруулсан ноорогийг харуулж байна.
form-draft-save-failed = Ноорог хадгалж чадсангүй: { $message }
form-check-failed = Оруулсан мэдээллийг шалгаж чадсангүй: { $message }
form-show-codes = Цонхонд үзүүлэх QR код үүсгэх
form-has-problems = Засах шаардлагатай { $count } зүйл байна.
form-problems-heading = Засах зүйлс
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = Цонхонд үзүүлэх QR код
form-codes-position = { $index } / { $total }
form-codes-alt = { $form } өргөдлийн QR код (нийт { $total } ширхгээс { $index }-р)
form-codes-next = Дараагийн код
form-codes-previous = Өмнөх код
form-codes-brightness = Дэлгэцээ гэрэлтүүлбэл цонхонд кодыг уншихад хялбар болно.
form-codes-where = Өгөх газар: { $counter }
form-codes-save = Энэ кодыг PNG хэлбэрээр хадгалах
form-codes-save-all = Бүх кодыг PNG хэлбэрээр хадгалах
form-codes-saved = { $file } файлыг хадгаллаа.
form-codes-print = Хэвлэх
form-codes-content = Энэ кодод агуулагдах мэдээлэл
form-codes-back = Маягт руу буцах
form-codes-done = Өгч дууссан тул ноорогийг устгах
form-codes-failed = QR код үүсгэж чадсангүй: { $message }

## The counters' queues (#/forms/wait)

wait-title = Үйлчилгээний цонхны дараалал
wait-intro = Энэ дэлгэц нээлттэй байх хугацаанд ойролцоогоор 1 минут тутамд шинэчилнэ.
wait-waiting = { $count } хүн хүлээж байна
wait-minutes = ойролцоогоор { $minutes } минут
wait-waiting-label = Хүлээж буй хүн
wait-minutes-label = Хүлээх хугацаа
wait-refresh = Одоо шинэчлэх
wait-none = Дарааллын мэдээлэл байхгүй.
wait-failed = Дарааллын мэдээллийг хүлээн авч чадсангүй: { $message }
