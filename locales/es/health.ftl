# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = Yo
health-back = Volver a los puntos de salud
health-file-none = Ningún archivo elegido

## Whose points (one tap switches)

health-profiles-heading = De quién son los puntos
health-showing = Se muestra: { $name }
health-profiles-hint = Si la familia comparte este aparato, elija primero a la persona. Cada persona tiene sus propios puntos y registros.
health-profiles-manage = Añadir personas, cambiar nombres, datos personales
health-switched = Ahora se muestran los registros de { $name }.

## The progress view

health-progress-heading = Puntos de { $name }
health-period = Periodo: { $period }
health-balance-unit = { $points ->
    [one] punto
   *[other] puntos
}
health-tier-label = Nivel actual
health-tier = Nivel actual: { $tier }
health-tier-none = Todavía no ha alcanzado ningún nivel
health-to-next-tier = { $points ->
    [one] Falta { $points } punto para { $tier }
   *[other] Faltan { $points } puntos para { $tier }
}
health-top-tier = Ha alcanzado el nivel más alto
health-draw-entries-label = Participaciones en el sorteo
health-draw-entries = { $count ->
    [one] { $count } participación
   *[other] { $count } participaciones
}
health-streak-label = Días seguidos caminando
health-streak = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
health-streak-goal = Bonificación tras { $goal } días seguidos
health-today-steps-label = Pasos de hoy
health-today-steps = { $steps } pasos
health-today-steps-none = Todavía sin registrar
health-by-source = De dónde vienen los puntos
health-source-steps = Pasos
health-source-bonus = Bonificaciones por días seguidos
health-source-checkup = Chequeos y pruebas de cáncer
health-source-checkin = Asistencia a eventos
health-points-value = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}
health-show-counter = Mostrar en la ventanilla
health-how-to-earn = Cómo ganar puntos

## Recording

health-record-heading = Registrar
health-record-for = Se guardará como registro de { $name }.
health-refused = No se registró. { $message }

health-steps-heading = Pasos
health-steps-date = Fecha
health-steps-count = Pasos
health-steps-hint = Si escribe el mismo día otra vez, los pasos de ese día se cambian por el número nuevo.
health-steps-save = Registrar pasos
health-steps-recorded = Se registraron { $steps } pasos el { $date } ({ $points } puntos).
health-steps-corrected = Los pasos del { $date } se corrigieron a { $steps } (ese día tiene ahora { $points } puntos).
health-steps-unchanged = Los pasos del { $date } siguen siendo { $steps } ({ $points } puntos).
health-bonus-earned = Ha ganado una bonificación de { $points } puntos por días seguidos.
health-bonus-lost = La racha se interrumpió y se retiró una bonificación de { $points } puntos.
health-error-date-required = Escriba una fecha.
health-error-steps-number = Escriba los pasos como un número entero, 0 o más.

health-checkin-heading = Eventos (código QR)
health-checkin-hint = Elija una foto del código QR que se muestra en el evento o pegue el texto del código. Cada persona se registra una sola vez por evento.
health-checkin-paste = Texto del código (empieza por MACHI-EVENT1.)
health-checkin-save = Registrar asistencia
health-checkin-image = Elegir una foto o imagen del código QR (PNG, JPEG)
health-checkin-camera = Leer con la cámara
health-checkin-camera-label = Imagen de la cámara
health-checkin-camera-capture = Hacer la foto y leerla
health-checkin-camera-close = Cerrar la cámara
health-checkin-camera-failed = No se pudo usar la cámara. Elija una foto o pegue el texto del código.
health-checkin-reading = Comprobando el código…
health-checkin-credited = Asistencia a «{ $event }» registrada: { $points } puntos ({ $name }).
health-checkin-already = La asistencia a «{ $event }» ya se registró el { $date } ({ $name }). No se sumaron puntos.
health-error-code-required = Pegue el texto del código.

health-checkup-heading = Chequeos y pruebas de cáncer
health-checkup-kind = Chequeo o prueba que se hizo
health-checkup-choose = Elija
health-checkup-option = { $kind } ({ $points } puntos)
health-checkup-date = Fecha en que se lo hizo
health-checkup-save = Registrar el chequeo
health-checkup-recorded = { $kind } ({ $date }) registrado: { $points } puntos.
health-checkup-already = { $kind } ya está registrado en este periodo ({ $date }). No se sumaron puntos.
health-error-kind-required = Elija el tipo de chequeo o prueba.

health-import-heading = Importar un archivo de pasos
health-import-hint = Elija el “Daily activity metrics.csv” de Google Fit (de Google Takeout) o el export.xml exportado de Salud de Apple. Los días ya registrados se cambian por los números nuevos.
health-import-file = Elegir archivo
health-import-format = Tipo de archivo
health-import-format-auto = Decidir automáticamente
health-import-format-google-fit = Google Fit (archivo CSV)
health-import-format-apple-health = Salud de Apple (export.xml)
health-import-save = Importar
health-import-reading = Importando…
health-import-done = Se leyeron { $days } días: { $recorded } nuevos, { $corrected } corregidos, { $unchanged } sin cambios, { $skipped } fuera del programa.
health-error-file-required = Elija un archivo.

## History

health-history-heading = Historial
health-history-empty = Todavía no hay nada registrado.
health-history-more = Mostrar más (quedan { $count })
health-history-steps = { $steps } pasos
health-history-steps-correction = Pasos corregidos: { $steps }
health-history-origin-google-fit = de Google Fit
health-history-origin-apple-health = de Salud de Apple
health-history-checkup = Chequeo: { $kind }
health-history-checkin = Evento: { $event }
health-history-bonus = Bonificación por { $days } días seguidos
health-history-bonus-removed = Bonificación por días seguidos retirada
# $points is already signed (+8, −3).
health-history-points = { $points } ptos.

## The resident's data

health-data-heading = Guardar o borrar los registros
health-data-hint = Los registros y los datos personales se quedan solo en este aparato. Nunca se envían al ayuntamiento ni a ningún otro sitio.
health-export-json = Guardar en JSON
health-export-csv = Guardar en CSV
health-exported = Se guardó { $file }.
health-delete-all = Borrar todos los registros de { $name }
health-delete-confirm-heading = ¿Seguro que quiere borrarlo?
health-delete-confirm-body = Se borrarán el perfil, los datos personales y todos los registros de puntos de { $name }. No se puede deshacer.
health-delete-confirm = Borrar
health-delete-cancel = Cancelar
health-deleted = Se borraron { $name } y sus { $count } registros.

## Show at the counter (#/health/counter)

health-counter-title = Mostrar en la ventanilla
health-counter-hint = Suba el brillo de la pantalla y muestre este código QR al personal de la ventanilla del ayuntamiento.
health-counter-parts = Hay { $count } códigos QR. Muéstrelos todos, uno tras otro.
health-counter-code-label = Código QR para la ventanilla ({ $part } de { $of })
health-counter-asof = A fecha de { $date }
health-counter-total = Total de puntos
health-counter-verified-label = Asistencia a eventos que la ventanilla puede comprobar
health-counter-verified = { $count } veces, { $points } puntos
health-counter-self-label = Declarado por usted (pasos, bonificaciones, chequeos)
health-counter-steps = { $days } días, { $points } puntos

## How to earn (#/health/rules)

health-rules-title = Cómo ganar puntos
health-rules-heading = Reglas actuales
health-rules-valid = Estas reglas valen del { $from } al { $to } (versión { $version }).
health-rules-steps = Pasos: 1 punto por cada { $steps } pasos, hasta { $cap } puntos ({ $capsteps } pasos) al día.
health-rules-streak = Bonificación: camine { $steps } pasos o más durante { $days } días seguidos y gane { $points } puntos.
health-rules-checkin = Eventos: { $points } puntos cada vez que lea el código QR de un evento (puede variar según el evento).
health-rules-checkups = Chequeos y pruebas de cáncer (cada tipo una vez por periodo)
health-rules-tiers = Niveles y sorteo
health-rules-tier = { $tier }: { $points } puntos, { $entries } participaciones en el sorteo
health-rules-next = Nuevas reglas desde el { $from } (versión { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = Perfiles de la familia
health-profiles-registered = Personas en este aparato
health-profile-shown = se muestra ahora
health-profile-rename = Cambiar el nombre
health-profile-renamed = El nombre cambió a { $name }.
health-profile-add = Añadir una persona
health-profile-name = Nombre (como la llaman)
health-profile-added = Se añadió a { $name }.
health-error-name-required = Escriba un nombre.
health-details-heading = Datos personales de { $name }
health-details-hint = Sirven para rellenar por usted los formularios de solicitud. Se guardan solo en este aparato.
health-details-full-name = Nombre completo
health-details-kana = Nombre en katakana (furigana)
health-details-birth-date = Fecha de nacimiento
health-details-postal-code = Código postal (p. ej. 323-8686)
health-details-address = Dirección
health-details-phone = Teléfono
health-details-consent = Permitir usar estos datos para rellenar formularios de solicitud
health-details-save = Guardar
health-details-saved = Guardado.
