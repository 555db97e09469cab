# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = Alerta em vigor
kiosk-notice = Aviso
kiosk-queue = Espera nos balcões
kiosk-queue-line = { $counter }: { $waiting } esperando, cerca de { $minutes } min
kiosk-queue-updated = Atualizado às { $time }
kiosk-queue-stale = Informação das { $time }. As atualizações pararam.
kiosk-queue-offline = Informação das { $time }. Não é possível receber novas informações.
kiosk-label = Painel de informações da prefeitura
kiosk-clock = Hora atual
kiosk-position = { $index } / { $total }
kiosk-offline = Sem conexão (mostrando informações anteriores)
kiosk-empty = No momento não há avisos.
