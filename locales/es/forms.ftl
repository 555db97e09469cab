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
wait-unknown = Todavía no ha llegado información sobre la espera.
wait-offline-empty = No se pueden recibir los tiempos de espera. Parece que no tiene conexión.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, persona { $row }: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = Campos rellenados con su perfil: { $count }. Revíselos, por favor.
form-prefill-needs-consent = No se ha leído su perfil porque no ha dado su consentimiento.
form-prefill-no-profile = Todavía no hay ningún perfil en este dispositivo.
form-prefill-not-shared = Este perfil está configurado para no usarse en formularios. Puede cambiarlo en los ajustes del perfil.
form-prefill-nothing = No había campos vacíos que su perfil pudiera rellenar.

## The forms list (#/forms)

forms-intro = Rellene notificaciones y solicitudes en casa; en la ventanilla solo tiene que mostrar un código QR.
forms-private = Lo que escribe se guarda solo en este dispositivo y nunca se envía a ningún sitio.
forms-list-heading = Notificaciones y solicitudes
forms-official-label = Nombre en la ventanilla
forms-counter = Ventanilla: { $counter }
forms-draft-saved-at = Borrador guardado el { $time }
forms-none = Todavía no hay formularios.
forms-wait-link = Ver el tiempo de espera en las ventanillas
forms-list-failed = No se pudo cargar la lista de formularios: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = No se pudo abrir el formulario: { $message }
form-required = obligatorio
form-date-hint = Por ejemplo 2026-04-01, 令和8年4月1日 o R8.4.1
form-member-heading = Persona { $row }
form-member-add = Añadir una persona
form-member-remove = Quitar la persona { $row }
form-member-added = Persona { $row } añadida.
form-member-removed = Se quitó una persona.
form-members-limit = Puede incluir hasta { $max } personas.
form-prefill-title = Rellenar con su perfil
form-prefill-button = Rellenar con mi perfil
form-prefill-agree = Acepto, rellenar
form-prefill-cancel = Cancelar
form-prefill-given = Ha aceptado usar su perfil en este formulario.
form-prefill-withdraw = Retirar mi consentimiento
form-prefill-withdrawn = Consentimiento retirado. Lo que ya está rellenado se mantiene.
form-draft-saved = Borrador guardado ({ $time })
form-draft-restored = Se muestra el borrador que rellenó la última vez.
form-draft-save-failed = No se pudo guardar el borrador: { $message }
form-check-failed = No se pudo revisar el formulario: { $message }
form-show-codes = Crear los códigos QR para la ventanilla
form-has-problems = { $count ->
    [one] Hay 1 dato que corregir.
   *[other] Hay { $count } datos que corregir.
}
form-problems-heading = Para corregir
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = Códigos QR para la ventanilla
form-codes-position = { $index } / { $total }
form-codes-alt = Código QR { $index } de { $total } de { $form }
form-codes-next = Código siguiente
form-codes-previous = Código anterior
form-codes-brightness = Suba el brillo de la pantalla: así la ventanilla lee el código con más facilidad.
form-codes-where = Entregar en: { $counter }
form-codes-save = Guardar este código como PNG
form-codes-save-all = Guardar todos los códigos como PNG
form-codes-saved = Se guardó { $file }.
form-codes-print = Imprimir
form-codes-content = Lo que contiene este código
form-codes-back = Volver al formulario
form-codes-done = Ya lo entregué: borrar el borrador
form-codes-failed = No se pudieron crear los códigos QR: { $message }

## The counters' queues (#/forms/wait)

wait-title = Tiempo de espera en las ventanillas
wait-intro = Mientras esta pantalla esté abierta, se actualiza aproximadamente cada minuto.
wait-waiting = { $count ->
    [one] 1 persona esperando
   *[other] { $count } personas esperando
}
wait-minutes = unos { $minutes } min
wait-waiting-label = Esperando
wait-minutes-label = Espera
wait-refresh = Actualizar ahora
wait-none = No hay información sobre el tiempo de espera.
wait-failed = No se pudo obtener el tiempo de espera: { $message }
