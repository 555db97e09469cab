# Machi — waste sorting and collection days in Spanish (es). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = Mañana es día de recolección de “{ $category }”
waste-reminder-morning = Hoy es día de recolección de “{ $category }”
waste-reminder-body = Saque la basura al punto de recolección asignado antes de las 8 de la mañana.

## Days and dates

waste-weekday-0 = Lunes
waste-weekday-1 = Martes
waste-weekday-2 = Miércoles
waste-weekday-3 = Jueves
waste-weekday-4 = Viernes
waste-weekday-5 = Sábado
waste-weekday-6 = Domingo
waste-weekday-short-0 = Lun
waste-weekday-short-1 = Mar
waste-weekday-short-2 = Mié
waste-weekday-short-3 = Jue
waste-weekday-short-4 = Vie
waste-weekday-short-5 = Sáb
waste-weekday-short-6 = Dom
# A date in the command line's output: Lun, 2026-11-30.
waste-date = { $weekday }, { $date }
waste-day-today = Hoy
waste-day-tomorrow = Mañana
waste-day-in = dentro de { $days } días

## Which bin: the search

waste-search-title = Cómo separarlo
waste-search-label = ¿Qué quiere tirar?
waste-search-hint = Puede buscar en su idioma o en japonés: kanji, hiragana, katakana o romaji.
# Announced to screen readers as the resident types.
waste-results-count = { $count ->
    [one] Se encontró { $count } artículo
   *[other] Se encontraron { $count } artículos
}
waste-no-results = No se encontró nada para “{ $query }”. Pruebe con otra palabra.
waste-search-failed = No se pudo hacer la búsqueda. { $message }
waste-item-category = Categoría
waste-next-day = Próxima recolección
waste-how = Cómo sacarlo
waste-notes = Atención
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = Encontrado con la palabra

## When: the next collections

waste-next-title = Próximos días de recolección
# The command line's heading: Próximos días de recolección en Mamada (a partir de Lun, 2026-11-30).
waste-next-heading = Próximos días de recolección en { $area } (a partir de { $date })
waste-next-none = No se encontraron días de recolección.
waste-next-failed = No se pudieron cargar los días de recolección. { $message }
waste-no-area = Elija la zona donde vive para ver los próximos días de recolección y el calendario.
waste-area-label = Zona donde vive
waste-area-choose = Elija una zona
waste-area-save = Usar esta zona
waste-area-saved = Se guardó su zona.
waste-area-settings = Elegir en Configuración
waste-area-change = Cambiar de zona
waste-area-unknown = No existe la zona “{ $area }”. Las zonas son: { $areas }

## The month

waste-month-title = Calendario del mes
waste-month-heading = { $area } { $month }
waste-month-prev = Mes anterior
waste-month-next = Mes siguiente
waste-month-failed = No se pudo cargar el calendario. { $message }
waste-closed = Sin recolección
waste-holiday = Día festivo
waste-today = Hoy

## Reminders (settings on the waste screen)

waste-reminders-title = Recordatorios de los días de recolección
waste-reminders-hint = Una notificación le indica qué basura sacar, la noche anterior (y, si lo desea, también esa misma mañana).
waste-reminders-no-area = Los recordatorios empiezan cuando elija la zona donde vive.
waste-reminders-evening = Avisarme la noche anterior
waste-reminders-evening-time = Hora del recordatorio de la noche
waste-reminders-morning = Avisarme también esa misma mañana
waste-reminders-morning-time = Hora del recordatorio de la mañana
waste-reminders-morning-hint = La basura se saca antes de las 8 de la mañana, así que elija una hora anterior a las 8:00.
waste-reminders-categories = Tipos de basura que quiere recordar
waste-reminders-need-one = Elija al menos un tipo de basura. Para dejar de recibir recordatorios, desactive tanto el de la noche como el de la mañana.
waste-saved = Guardado.
waste-save-failed = No se pudo guardar. { $message }

## The calendar file

waste-ics-title = Agregar a mi calendario
waste-ics-hint = Agregue los días de recolección de los próximos 13 meses al calendario de su teléfono o computadora, con las horas de sus recordatorios.
waste-ics-button = Guardar el archivo de calendario (.ics)
waste-ics-saved = Se guardó { $file }.
waste-ics-failed = No se pudo crear el archivo de calendario. { $message }

## Words that found nothing

waste-missing-title = Palabras sin resultados
waste-missing-hint = Palabras que buscó y que no dieron ningún resultado. Solo se guardan las palabras, y solo en este dispositivo.
waste-missing-empty = No hay palabras sin resultados.
waste-missing-line = { $text } ({ $count ->
    [one] { $count } vez
   *[other] { $count } veces
})
waste-missing-count = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
waste-missing-clear = Borrar todo
waste-missing-cleared = Se borraron las palabras sin resultados.
waste-missing-refresh = Actualizar
waste-missing-shown = { $count ->
    [one] { $count } palabra sin resultados
   *[other] { $count } palabras sin resultados
}
waste-missing-line-sent = { $text } ({ $count ->
    [one] { $count } vez
   *[other] { $count } veces
}, enviada a la municipalidad)
waste-missing-sent-mark = Enviada a la municipalidad
waste-missing-send = Enviar a la municipalidad
waste-missing-send-hint = La municipalidad reúne las palabras que su diccionario de basura aún no conoce y las añade. Solo se envían las palabras y cuántas veces se buscaron; nada sobre usted. Destino: { $host }
waste-missing-send-nothing = No hay palabras pendientes de enviar.
waste-missing-sent = { $count ->
    [0] No había palabras pendientes de enviar.
    [one] Se envió { $count } palabra a la municipalidad ({ $host }). Gracias.
   *[other] Se enviaron { $count } palabras a la municipalidad ({ $host }). Gracias.
}
waste-missing-send-hint-cli = La municipalidad recibe las palabras sin resultados ({ $host }). Para enviarlas, ejecute: machi waste missing --send
