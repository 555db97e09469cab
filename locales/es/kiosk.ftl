# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = Alerta vigente
kiosk-notice = Aviso
kiosk-queue = Espera en las ventanillas
kiosk-queue-line = { $counter }: { $waiting } esperando, unos { $minutes } min
kiosk-queue-updated = Datos de las { $time }
kiosk-queue-stale = Datos de las { $time }. Las actualizaciones se han detenido.
kiosk-queue-offline = Datos de las { $time }. No se puede recibir información nueva.
kiosk-label = Pantalla informativa del ayuntamiento
kiosk-clock = Hora actual
kiosk-position = { $index } / { $total }
kiosk-offline = Sin conexión (se muestra información anterior)
kiosk-empty = No hay avisos en este momento.
