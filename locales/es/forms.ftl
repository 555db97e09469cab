# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = Rellene este campo.
form-error-too-long = Use como máximo { $max } caracteres.
form-error-characters = “{ $char }” no se puede leer en la ventanilla. Use otro carácter.
form-error-kana-only = Escriba solo en hiragana o katakana (no “{ $char }”).
form-error-name-characters = Un nombre no puede contener “{ $char }”.
form-error-postal-code = El código postal tiene 7 dígitos (ej.: 323-8686).
form-error-phone = Revise el teléfono (ej.: 0285-22-1111).
form-error-email = Revise el correo electrónico.
form-error-date-format = Fecha no reconocida (ej.: 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = Ese día no existe.
form-error-date-era-ended = La era { $era } terminó el { $last_day }. ¿Quiso decir { $suggestion }?
form-error-date-era-not-started = La era { $era } empezó el { $first_day }. ¿Quiso decir { $suggestion }?
form-error-date-too-early = No se pueden usar fechas anteriores a { $earliest }.
form-error-date-in-future = Esta fecha no puede ser futura.
form-error-date-in-past = Esta fecha no puede ser pasada.
form-error-number = Escriba un número entero.
form-error-number-too-small = Escriba al menos { $min }.
form-error-number-too-large = Escriba como máximo { $max }.
form-error-choice = Elija una de las opciones.
form-error-members-too-few = Añada al menos { $min } personas.
form-error-members-too-many = Como máximo { $max } personas.
form-prefill-consent = ¿Rellenar este formulario con su perfil (nombre, fecha de nacimiento, dirección…)? Se queda en este dispositivo y no se envía a ningún sitio.
form-codes-show = Muestre estos códigos en la ventanilla ({ $count }).
wait-updated-at = Tiempos de espera a las { $time }
wait-stale = Esta información tiene { $minutes } minutos y puede no coincidir con la espera actual.
wait-offline = Está sin conexión. Se muestran los últimos tiempos recibidos.
