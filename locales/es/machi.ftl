# Machi — Español (es), neutral Latin American Spanish. Same ids and variables as locales/ja/machi.ftl.

locale-name = Español
app-name = Machi

## Shell

skip-to-content = Saltar al contenido principal
nav-main = Menú principal
nav-home = Inicio
nav-settings = Configuración
page-title = { $screen } | { $app }
loading = Cargando…
back-to-home = Volver al inicio
retry = Intentar de nuevo
start-failed-title = No se pudo iniciar la aplicación

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = Ver la aplicación en japonés fácil, con menos kanji
easy-japanese-leave = Volver a { $language }

## Home

home-title = Inicio
home-intro = Información útil para la vida diaria en { $city }.
home-features = Qué puede hacer
feature-inbox = Avisos
feature-inbox-desc = Noticias e información de emergencia de la municipalidad
feature-waste = Separación de basura
feature-waste-desc = Cómo separar la basura y los días de recolección
feature-health = Puntos de salud
feature-health-desc = Gane puntos caminando y participando en actividades
feature-places = Refugios y lugares
feature-places-desc = Refugios, desfibriladores (AED), baños y Wi-Fi cercanos
feature-bus = Bus municipal (おーバス)
feature-bus-desc = Horarios de los buses que recorren la ciudad
feature-forms = Trámites y QR
feature-forms-desc = Llene formularios en casa y muestre un código QR en la ventanilla

## Screens that are not built yet

coming-soon-title = Próximamente
coming-soon-body = Esta función estará disponible en una próxima actualización. Gracias por su paciencia.
not-found-title = Página no encontrada
not-found-body = Esta página no existe. Elija de nuevo desde Inicio.

## Settings

settings-title = Configuración
settings-language = Idioma
settings-language-hint = Los textos de la aplicación se muestran en este idioma.
settings-easy-japanese-title = Japonés fácil (やさしい日本語)
settings-easy-japanese-body = Un japonés sencillo y fácil de leer, para quienes aprenden japonés, niños y personas mayores. Cualquier persona puede elegirlo, sin importar su idioma.
settings-second-language = Segundo idioma
settings-second-language-hint = Cuando un aviso no está disponible en su idioma, se muestra en este idioma.
settings-display = Visualización
settings-font-size = Tamaño del texto
font-size-normal = Normal
font-size-large = Grande
font-size-xlarge = Muy grande
settings-high-contrast = Alto contraste (colores más fuertes)
settings-furigana = Mostrar furigana (lectura sobre los kanji)
settings-furigana-hint = Muestra en pequeño, encima de los kanji japoneses, cómo se leen en kana.
settings-home-area = Zona donde vive
settings-home-area-hint = Los días de recolección y los refugios cercanos se muestran para esta zona.
settings-home-area-none = Sin seleccionar
settings-notifications = Notificaciones
settings-notifications-hint = Elija qué tipos de avisos quiere recibir.
notify-disaster = Desastres y evacuación
notify-weather = Alertas meteorológicas
notify-crime = Prevención del delito
notify-child-safety = Seguridad de los niños
notify-traffic = Tránsito y calles
notify-bus = Buses
notify-business = Para empresas
notify-events = Eventos
notify-city = Noticias municipales
settings-quiet-hours = Horario sin notificaciones
settings-quiet-hours-hint = En este horario, solo recibirá notificaciones de información urgente en la que hay riesgo para la vida.
settings-quiet-hours-on = Usar el horario sin notificaciones
settings-quiet-from = Inicio
settings-quiet-to = Fin
settings-start-at-login = Abrir Machi al encender la computadora (las notificaciones llegan aunque la ventana esté cerrada)
notifications-no-service = Esta computadora no tiene un servicio para mostrar notificaciones, por eso no se muestran. Puede ver los avisos dentro de la aplicación.
notifications-browser = El navegador no recibe notificaciones. Para recibirlas, use la aplicación Machi.
tray-open = Abrir Machi
tray-quit = Salir
settings-saved = Configuración guardada.
settings-save-failed = No se pudo guardar la configuración. { $message }

## City data

settings-data = Datos de la ciudad
data-version = Versión de los datos
data-source = Origen
data-source-embedded = Incluidos en la aplicación
data-source-feed = Descargados de la municipalidad
data-generated = Creados el
data-last-success = Última actualización
data-never = Todavía no
data-last-error = Error de la última actualización
data-app-version = Versión de la aplicación
data-update-now = Actualizar ahora
data-updating = Actualizando…
data-offline-built-in = No es posible conectarse al servidor de la municipalidad, por eso se muestran los datos de la ciudad incluidos en la aplicación (creados el { $date }). Se actualizarán automáticamente cuando se restablezca la conexión.
data-offline-held = No es posible conectarse al servidor de la municipalidad, por eso se muestran los datos de la ciudad actualizados el { $date }. Se actualizarán automáticamente cuando se restablezca la conexión.
data-source-built-in-unpublished = Incluidos en la aplicación (datos aún no publicados)
data-update-failed = La actualización falló. { $message }

## Sync results

sync-up-to-date = Los datos de la ciudad están al día.
sync-updated = Los datos de la ciudad se actualizaron a la versión { $version }.

## Errors

error-internal = Algo salió mal. Inténtelo de nuevo más tarde.
error-not-found = { $what ->
    [message] Este aviso ya no está disponible: puede haberse cancelado o vencido.
    [area] No existe la zona “{ $id }”.
    [place] No existe el lugar “{ $id }”.
    [stop] No existe la parada de autobús “{ $id }”.
    [route] No existe la línea de autobús “{ $id }”.
    [form] No existe el formulario “{ $id }”.
    [draft] No hay un borrador guardado de este formulario.
    [operation] Esta versión de Machi no puede hacerlo. Actualice la aplicación. ({ $id })
   *[city_data] Faltan datos de la ciudad. Actualice los datos.
}
error-invalid-input = { $expected ->
    [date] «{ $value }» no se puede leer como fecha. Escríbala, por ejemplo, así: 2026-12-01.
    [datetime] «{ $value }» no se puede leer como fecha y hora. Escríbalas, por ejemplo, así: 2026-12-01 08:30.
    [month] «{ $value }» no se puede leer como año y mes. Indique el año 2000–2099 y el mes 1–12.
    [latitude] La latitud «{ $value }» debe estar entre -90 y 90.
    [longitude] La longitud «{ $value }» debe estar entre -180 y 180.
   *[other] Los datos ingresados no son válidos: { $detail }
}
error-storage = No se pudieron guardar los datos en este dispositivo. Revise el espacio libre.
error-sync-network = No se pudieron descargar los datos de la ciudad (error de conexión: { $detail }).
error-sync-http-status = El servidor de la municipalidad devolvió un error ({ $status }).
error-sync-too-large = { $what ->
    [bundle] Los datos de la ciudad superan el límite de esta aplicación ({ $limit }) y no se descargaron.
   *[file] Un archivo de los datos de la ciudad supera el límite de esta aplicación ({ $limit }) y no se descargó.
}
error-sync-bad-signature = Los datos de la ciudad no se actualizaron porque la firma no es válida.
error-sync-untrusted-key = Los datos de la ciudad no se actualizaron porque se firmaron con una clave que no es de confianza.
error-sync-wrong-city = Estos datos son de otro municipio (se esperaba { $expected }, se recibió { $found }).
error-sync-rollback = Los datos no se actualizaron porque son más antiguos que los actuales (actual: { $held }, recibido: { $offered }).
error-sync-hash-mismatch = El archivo { $file } está dañado, por eso no se actualizaron los datos.
error-sync-invalid-manifest = La lista de archivos de los datos de la ciudad no es válida: { $detail }
error-sync-invalid-content = El archivo { $file } no es válido: { $detail }
error-sync-timeout = La actualización se detuvo porque la conexión tardó demasiado.
error-sync-busy = Ya hay una actualización en curso. Espere a que termine.
error-waste-no-area = No se ha elegido ninguna zona para el calendario de recogida. Elija en Configuración la zona donde vive.
error-waste-send-not-taken = Esta municipalidad no recibe las palabras sin resultados.
error-waste-send-offline = No se pudieron enviar las palabras (no hay conexión con { $host }). Siguen guardadas en este dispositivo. Inténtelo de nuevo más tarde.
error-waste-send-refused = El servidor de la municipalidad no aceptó las palabras ({ $status }). Siguen guardadas en este dispositivo. Inténtelo de nuevo más tarde.
error-unknown-locale = Este idioma no es compatible: { $locale }
error-unauthorized = No tiene acceso. Vuelva a abrir esta página desde la aplicación Machi.
error-form-invalid = Corrija el formulario, por favor. { $problems }
error-form-too-large = Este formulario necesitaría { $parts } códigos QR, más de los { $max } que acepta la ventanilla. Acorte las observaciones u otros datos largos.
error-wait-bad-signature = No se muestran los tiempos de espera porque su firma no es válida.
error-wait-untrusted-key = No se muestran los tiempos de espera porque no se pudo confirmar que sean del ayuntamiento.
error-wait-invalid = No se pudieron leer los tiempos de espera: { $detail }
error-wait-wrong-city = Estos tiempos de espera son de otro municipio (se esperaba { $expected }, se recibió { $found }) y no se muestran.
error-wait-offline = No se pudieron obtener los tiempos de espera (error de red: { $detail }).
error-wait-http-status = No se pudieron obtener los tiempos de espera (error del servidor { $status }).
error-backend-unreachable = La aplicación no puede comunicarse con su propio servicio. Reinicie la aplicación.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = Por ahora la ciudad no tiene un programa de puntos de salud.
error-points-no-rules = El { $date } no está dentro de un periodo de los puntos de salud.
error-points-future-date = El { $date } todavía no ha llegado. Escriba una fecha hasta hoy.
error-points-invalid-date = «{ $date }» no es una fecha. Escríbala como año-mes-día (por ejemplo 2026-11-27).
error-points-unknown-checkup = «{ $kind }» no es uno de los chequeos de los puntos de salud de la ciudad.
error-points-no-checkup-points = Este chequeo no da puntos según las reglas del { $date }.
error-steps-too-many = { $steps } pasos en un día son demasiados (el máximo es { $max }). Revise el número.
error-steps-import-missing-column = Este CSV no tiene la columna «{ $column }». Elija el “Daily activity metrics.csv” de Google Fit.
error-steps-import-unreadable = No se pudo leer el archivo. Compruebe que no esté dañado y que sea el tipo de archivo correcto.
error-steps-import-not-apple-health = No es el export.xml de Salud de Apple. Descomprima el archivo exportado y elija el export.xml que contiene.
error-checkin-malformed = No es un código QR de evento de la ciudad, o el código está dañado.
error-checkin-bad-signature = Este código fue modificado o es falso. No se puede registrar.
error-checkin-unknown-key = Este código no lo emitió nadie en quien la ciudad confíe. No se puede registrar.
error-checkin-wrong-city = Este código es de un evento de otra ciudad o pueblo.
error-checkin-not-yet-valid = Este código se puede usar a partir del { $from }.
error-checkin-expired = Este código ha caducado (valía hasta el { $until }).
error-checkin-no-code = No se encontró ningún código QR de evento en la imagen. Haga la foto otra vez con todo el código bien visible.
error-checkin-not-an-image = No se pudo leer el archivo como imagen. Elija una foto PNG o JPEG.
error-profile-not-found = No hay nadie llamado «{ $name }» en este aparato.
error-profile-exists = El nombre «{ $name }» ya se usa. Elija otro nombre.
error-profile-invalid-name = El nombre debe tener de 1 a { $max } caracteres.
error-profile-invalid-birth-date = Escriba la fecha de nacimiento «{ $value }» como año-mes-día (por ejemplo 1985-04-12).
error-profile-invalid-postal-code = Escriba el código postal «{ $value }» con siete cifras (por ejemplo 323-8686).
error-profile-invalid-phone = Escriba el teléfono «{ $value }» con al menos diez cifras.
error-profile-invalid-text = El texto tiene caracteres que no se pueden usar (caracteres de control): «{ $value }»

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = Los datos de la ciudad guardados en este dispositivo estaban dañados, por eso se volvieron a crear a partir de los datos incluidos en la aplicación. Su configuración y sus registros personales se mantienen sin cambios. (El archivo dañado se guardó como “{ $file }”.)
recovery-content-future = Los datos de la ciudad de este dispositivo se guardaron con una versión más reciente de Machi, por eso se volvieron a crear a partir de los datos incluidos en la aplicación. Su configuración y sus registros personales se mantienen sin cambios. (El archivo original se guardó como “{ $file }”.)
recovery-resident-damaged = El archivo con su configuración y sus registros personales estaba dañado y no se pudo leer, por eso la aplicación se inició con una configuración nueva. El archivo dañado se guardó como “{ $file }”.
recovery-resident-future = Su configuración y sus registros personales se guardaron con una versión más reciente de Machi, que esta versión no puede leer. La aplicación se inició con una configuración nueva. El archivo original se guardó como “{ $file }” y podrá usarse de nuevo después de actualizar la aplicación a la versión nueva.
recovery-title = Aviso: se recuperaron los datos
