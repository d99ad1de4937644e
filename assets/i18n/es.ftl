# Rights Desk: textos de la interfaz en español.
# Traducción del archivo en inglés (en.ftl), todavía no revisada por un traductor calificado.
# Cada clave de este archivo debe existir también en en.ftl, y al revés (una prueba lo comprueba).

app-title = Rights Desk

## Barra superior
tab-guide = Guía
tab-directory = Directorio
tab-handout = Folleto
menu-language = Idioma
menu-view = Ver
menu-help = Ayuda
view-zoom-in = Acercar
view-zoom-out = Alejar
view-zoom-reset = Tamaño real
view-theme = Tema
theme-system = Como el sistema
theme-light = Claro
theme-dark = Oscuro
help-about = Acerca de Rights Desk

## Lector
search-label = Buscar en la guía
search-hint = Palabras a buscar (Ctrl+F)
search-clear = Borrar la búsqueda
search-no-hits = Ninguna pregunta coincide con «{ $query }». Pruebe con menos palabras o más cortas.
search-hit-count = { $count ->
    [one] 1 pregunta coincide
   *[other] { $count } preguntas coinciden
}
search-keys-help = ↑ ↓ para elegir, Enter para abrir, Esc para borrar
search-found-in = Encontrado en { $language }:{" "}
entry-other-language = La misma pregunta en el otro idioma
filter-spanish = Atiende en español
county-statewide = Todo el estado
guide-picker = Mostrando
toc-heading = Contenido
entry-add-to-handout = Agregar al folleto
entry-previous = ← Anterior
entry-next = Siguiente →
note-heading = Nota del editor — { $kind }
note-heading-dated = Nota del editor — { $kind } (revisada el { $date })
note-kind-outdated = Desactualizada
note-kind-context = Contexto
note-kind-correction = Corrección
note-sources = Fuentes:
entry-sources = Fuentes:
related-heading = Quién puede ayudar
related-none = Su directorio todavía no tiene contactos en estas categorías.
related-open = Abrir en el directorio
verification-never = ⚠ nunca verificado
verification-fresh = ✓ verificado el { $date }
verification-stale = ⚠ no verificado desde el { $date }
guide-source = Fuente: { $source }
guide-source-undated = sin fecha
guide-reviewed = Revisada el { $date } con notas del editor.
guide-translation = Traducción: { $note }
guide-translation-unreviewed = Traducción hecha para esta oficina, todavía no revisada por un traductor calificado; ante cualquier duda, vale el texto en inglés.
guide-errors-heading = No se pudieron cargar algunos archivos de guía
no-guide = No se pudo cargar ninguna guía.
no-entry = Elija una pregunta a la izquierda.

## Directorio
directory-count-of = { $shown } de { $count ->
    [one] 1 contacto
   *[other] { $count } contactos
}
directory-no-match = Ningún contacto coincide con estos filtros.
contact-new = Nuevo contacto
contact-new-name = Nuevo contacto
undo = Deshacer
redo = Rehacer
file-menu = Archivo
file-open = Abrir archivo de directorio…
file-new = Nuevo archivo de directorio…
file-save-copy = Guardar una copia como…
file-recent = Archivos recientes
file-opened = Abierto
file-copy-saved = Copia guardada
filter-text = Filtrar
filter-text-hint = Nombre, teléfono, ciudad, notas…
filter-any = Cualquiera
filter-needs-verification = Necesita verificación
filter-clear = Quitar filtros
sort-hint = Haga clic para ordenar; otra vez para invertir el orden
contact-name = Nombre
contact-category = Categoría
contact-city = Ciudad
contact-county = Condado
contact-language = Idioma
contact-verified = Verificado
contact-description = Descripción
contact-phones = Teléfonos
contact-phone = Teléfono
contact-email = Correo electrónico
contact-website = Web
contact-address = Dirección
contact-hours = Horario
contact-cost = Costo
contact-services = Servicios (separados por comas)
contact-counties = Condados
contact-languages = Idiomas
contact-notes = Notas
contact-source = Fuente (de dónde viene esta información)
contact-mark-verified = Marcar como verificado hoy
contact-duplicate = Duplicar
contact-copy-text = Copiar como texto
contact-copied = Contacto copiado al portapapeles.
contact-delete = Eliminar…
contact-call = Llamar
contact-write-email = Escribir un correo
contact-open-website = Abrir el sitio web
address-street = Calle
address-city = Ciudad
address-state = Estado
address-zip = Código postal
phone-kind-voice = Llamadas
phone-kind-text = Mensajes de texto
phone-kind-fax = Fax
phone-kind-hotline = Línea de ayuda
phone-label = Etiqueta
phone-label-hint = Consulta inicial, fuera de horario, 833-4ICE-OPR…
phone-add = + Agregar teléfono
phone-remove = Quitar este teléfono
cost-free = Gratis
cost-sliding-scale = Según ingresos
cost-fee = Con costo
cost-unknown = Desconocido
category-attorney-general = Procuraduría General
category-legal-aid = Asistencia legal
category-advocacy = Defensa y apoyo
category-federal-oversight = Supervisión federal
category-hotline = Línea de ayuda
category-consulate = Consulado
category-other = Otro
editor-heading = Contacto
editor-close = Cerrar
editor-name-required = Un contacto necesita un nombre; este cambio no se guarda hasta que lo tenga.
editor-changed-since-verified = (modificado desde que se verificó)
editor-none-chosen = Ninguno elegido
delete-title = ¿Eliminar este contacto?
delete-body = «{ $name }» se quitará del directorio. Puede deshacerlo con Ctrl+Z.
delete-confirm = Eliminar
cancel = Cancelar
status-opened = Abierto; cada cambio se guarda de inmediato.
status-saved = Guardado a las { $time }
status-failed = No guardado: { $error }. Sus cambios se conservan aquí; corrija el problema y vuelva a intentarlo.
status-retry = Volver a guardar
status-not-open = El archivo de directorio no está abierto.
status-changed-on-disk = Otra persona cambió este archivo desde que se abrió. No se sobrescribió nada.
conflict-reload = Recargar y volver a aplicar mis cambios
conflict-reload-hint = Cargar la versión de ellos y luego aplicar los cambios hechos aquí desde el último guardado
conflict-keep-both = Conservar ambas
conflict-keep-both-hint = Guardar la versión de usted como copia junto a la de la otra persona, y luego mostrar la de la otra persona
conflict-reapplied = Se recargó la versión de la otra persona y se volvieron a aplicar los cambios que usted hizo.
conflict-skipped = Se recargó la versión de la otra persona. La otra persona también cambió estos contactos, así que los cambios que usted les hizo no se aplicaron: { $names }
conflict-kept-both = La versión de usted se guardó como { $path }; se muestra la de la otra persona.
recovery-title = No se pudo abrir el archivo de directorio
recovery-body = Rights Desk no pudo leer { $path }:
recovery-untouched = El archivo no se ha cambiado, movido ni sobrescrito. Elija qué hacer:
recovery-open-other = Abrir otro archivo…
recovery-new-file = Empezar un archivo nuevo en otro lugar…
recovery-no-backup = Todavía no hay copia de seguridad de este archivo.
recovery-details = Detalles
recovery-readable-heading = Lo que todavía se puede leer
recovery-readable = { $count ->
    [one] Todavía se puede leer 1 contacto de este archivo.
   *[other] Todavía se pueden leer { $count } contactos de este archivo.
}
recovery-lost-line = No se pudo leer la línea { $line }:
recovery-lost-lines = No se pudieron leer las líneas { $first }–{ $last }:
recovery-lost-more = { $count ->
    [one] …y 1 parte dañada más.
   *[other] …y { $count } partes dañadas más.
}
recovery-keep-readable = { $count ->
    [one] Recuperar: conservar el contacto legible
   *[other] Recuperar: conservar los { $count } contactos legibles
}
recovery-keep-readable-and-fill = Recuperar: conservar { $count ->
    [one] el contacto legible
   *[other] los { $count } contactos legibles
} y tomar { $taken ->
    [one] el perdido
   *[other] los { $taken } perdidos
} de la copia de seguridad del { $date }
recovery-backups-heading = Copias de seguridad
recovery-backups-explain = Una copia de seguridad guarda el archivo como estaba antes de guardar: restaurarla tal cual deshace lo que se guardó después (se indica abajo).
recovery-col-taken = Hecha
recovery-col-contacts = Contactos
recovery-col-differences = Comparada con los contactos legibles
recovery-backup-unreadable = tampoco se puede leer
recovery-restore-backup = Restaurar esta copia
recovery-taken-unknown = hora desconocida
recovery-diff-same = los mismos contactos
recovery-diff-only-backup = { $count } solo en la copia: { $names }
recovery-diff-changed = { $count } cambiados después: { $names }
recovery-diff-only-file = { $count } no están en la copia (se perderían): { $names }
recovery-and-more = { " " }y { $count } más
recovery-same-path = Al restaurar, el archivo dañado se conserva a su lado como «… (broken FECHA).ron» y la lista restaurada se escribe en el mismo archivo, para que la reciban todos los escritorios que lo comparten.
recovery-restored = { $count ->
    [one] Se restauró 1 contacto en { $path }. El archivo dañado se conserva como { $broken }.
   *[other] Se restauraron { $count } contactos en { $path }. El archivo dañado se conserva como { $broken }.
}
recovery-restored-from-backup = Tomados de la copia de seguridad porque sus líneas se perdieron: { $names }.
close-unsaved-title = Hay cambios sin guardar
close-unsaved-body = Si cierra ahora, se pierden los cambios que se muestran arriba.
close-discard = Cerrar sin guardar
import-file = Importar contactos…
import-folder = Importar una carpeta Open Referral (HSDS)…
import-title = Importar contactos
import-summary = { $new ->
    [one] 1 nuevo
   *[other] { $new } nuevos
}, { $duplicates ->
    [one] 1 parecido a un contacto que ya tiene
   *[other] { $duplicates } parecidos a contactos que ya tiene
}, { $problems ->
    [one] 1 fila que no se puede leer
   *[other] { $problems } filas que no se pueden leer
}. Nada cambia hasta que elija Importar.
import-columns = Columnas que Rights Desk no reconoce (elija qué contiene cada una):
import-new = Se agregarán
import-duplicates = Parecen contactos que ya tiene
import-same-name = mismo nombre
import-same-phone = mismo teléfono { $phone }
import-same-website = mismo sitio web { $web }
import-problems = Filas que no se leyeron o que se leyeron con un cambio
import-skip = Omitir
import-update = Actualizar el existente (los campos que trae el archivo)
import-add-anyway = Agregar de todos modos
import-apply = Importar: agregar { $added }, actualizar { $updated }
import-nothing = Nada que importar
import-done = Importado: { $added ->
    [one] 1 agregado
   *[other] { $added } agregados
}, { $updated ->
    [one] 1 actualizado
   *[other] { $updated } actualizados
}. Deshacer (Ctrl+Z) revierte toda la importación.
export-menu = Exportar contactos
export-csv = CSV para hojas de cálculo…
export-vcard = vCard para teléfonos y programas de correo…
export-vcard3 = vCard 3.0 para teléfonos antiguos…
export-hsds = Carpeta Open Referral (HSDS)…
export-filter-note = Exporta los contactos que muestra la lista (se aplican los filtros).
export-done = { $count ->
    [one] Se exportó 1 contacto a { $path }
   *[other] Se exportaron { $count } contactos a { $path }
}

## Folleto
handout-heading = Folleto
handout-entries = Preguntas elegidas para el folleto
handout-empty = Todavía no hay preguntas. Use «Agregar al folleto» en una pregunta de la pestaña Guía.
handout-remove = Quitar
handout-move-up = Subir
handout-move-down = Bajar
handout-add-entry = Agregar una pregunta…
handout-add-all = Agregar todas
handout-clear = Vaciar
handout-open-entry = Se imprimen en este orden
print-layout = Diseño
print-layout-handout = Folleto
print-layout-cards = Tarjetas de bolsillo
print-layout-contacts = Hoja de contactos
print-language = Idioma
print-lang-en = Inglés
print-lang-es = Español
print-second-language = Segundo idioma
print-second-none = Ninguno
print-paper = Papel
print-paper-letter = Carta
print-paper-a4 = A4
print-title = Título
print-prepared-by = Preparado por
print-prepared-by-hint = Nombre y teléfono de su organización
print-notes = Notas de contexto (las correcciones siempre se imprimen)
print-sources = Fuentes
print-qr = Códigos QR de las direcciones web
print-side-by-side = En dos columnas
print-contacts = Contactos a imprimir
print-contacts-filter = Que coinciden
print-contacts-pick = Elegidos uno por uno
print-verified-only = Solo verificados recientemente
print-pick-all = Seleccionar todos
print-pick-limit = Una impresión incluye como máximo { $max } contactos.
print-pick-none = Ninguno
print-directory-not-open = No se imprimirá ningún contacto: no se pudo abrir el archivo de directorio. La pestaña Directorio muestra por qué y cómo recuperarlo.
print-contact-count = { $count ->
    [one] Se imprimirá 1 contacto
   *[other] Se imprimirán { $count } contactos
}
print-contacts-capped = Hay { $chosen } contactos elegidos, pero una impresión incluye como máximo { $max }: solo se imprimirán los primeros { $max } por nombre. Elija un condado, una categoría o un idioma para reducir la lista.
print-format = Formato
print-export = Exportar…
print-open = Abrir
print-open-failed = No se pudo abrir el archivo: { $error }
print-saved = Guardado { $path }
print-saved-missing = Se guardó { $path } — { $count ->
    [one] 1 lugar tiene caracteres que ningún tipo de letra tiene
   *[other] { $count } lugares tienen caracteres que ningún tipo de letra tiene
}; vea los avisos sobre la vista previa.
print-error-layout = no se pudo componer la página (un fallo de Rights Desk: por favor, infórmelo). Detalles: { $details }
print-error-data = no se pudieron preparar los datos de la impresión (un fallo de Rights Desk: por favor, infórmelo). Detalles: { $details }
export-error-csv = No se pudo escribir el archivo CSV. Detalles: { $details }
print-save-failed = No se pudo guardar la impresión: { $error }
print-preview-failed = No se pudo dibujar la vista previa.
print-page-of = Página { $page } de { $total }
cards-front = Frente: puntos clave de
cards-back = Reverso: números a los que llamar
cards-back-hint = Elija hasta { $count }; si no elige ninguno, van primero las líneas de ayuda y la Procuraduría General.
cards-print-hint = Imprima la página 2 al reverso de la página 1, girando por el borde largo, y luego corte por las marcas.

## Acerca de
about-title = Acerca de Rights Desk
about-version = Versión { $version }
about-data-folder = Carpeta de datos: { $path }
about-licence = Licencia: MIT o Apache-2.0. Tipos de letra: Noto Sans, Noto Sans Arabic y Noto Sans Symbols, SIL Open Font License 1.1.
about-disclaimer = Información general, no asesoría legal.
about-offline = Rights Desk funciona sin conexión y no envía nada a ningún lugar.
about-close = Cerrar

## Idiomas
language-en = English (inglés)
language-es = Español
language-translation-note = Esta interfaz es una traducción, todavía no revisada por un traductor calificado.
language-translation-reviewed = Esta interfaz es una traducción, revisada por { $who } el { $date }.
language-coverage = interfaz { $interface } % traducida, guía { $guide } % traducida, { $reviewed } % revisado
language-fallback-note = Lo que todavía no está traducido se muestra en inglés.
language-right-to-left = Se escribe de derecha a izquierda: las impresiones se componen de derecha a izquierda. Esta ventana muestra las palabras de cada línea en su orden, pero mantiene su diseño de izquierda a derecha (las líneas empiezan a la izquierda); revise el texto también en una impresión.

## Errores de archivo (core::file_error): $path es el archivo; $reason queda en inglés.
io-not-found = el archivo o la carpeta no existe
io-permission-denied = permiso denegado
io-already-exists = ya existe un archivo con este nombre
io-disk-full = el disco está lleno
io-read-only-disk = el disco es de solo lectura
io-is-a-folder = esto es una carpeta, no un archivo
io-not-a-folder = una parte de la ruta es un archivo, no una carpeta
file-error-io = { $path }: { $reason }
file-error-empty = { $path }: el archivo está vacío. Restaure una copia de seguridad o empiece un archivo nuevo.
file-error-not-utf8 = { $path }: el archivo no es texto UTF-8 (línea { $line }, columna { $column }). Está dañado o se guardó con otra codificación: ábralo en un editor de texto y guárdelo como Unicode, o restaure una copia de seguridad.
file-error-syntax = { $path }, línea { $line }, columna { $column }: esta parte del archivo no está escrita como la escribe Rights Desk, así que el archivo no se puede abrir. Corrija esa línea en un editor de texto o restaure una copia de seguridad.
file-error-not-directory = { $path } no es un archivo de directorio de Rights Desk (debería empezar con «(version: …»). Abra el archivo correcto o restaure una copia de seguridad.
file-error-unknown-choice = { $path }: { $what } desconocida «{ $found }» en la línea { $line }, columna { $column }: use una de { $choices }
file-error-what-category = categoría
file-error-what-phone-kind = clase de teléfono
file-error-what-cost = tarifa
file-error-what-note-kind = clase de nota
file-error-what-value = opción
file-error-too-new = { $path } fue escrito por una versión más reciente de Rights Desk (formato { $found }; esta versión lee hasta el { $supported }). Actualice Rights Desk para abrirlo.
file-error-too-large = { $path }: el archivo tiene { $size } bytes, más de los { $limit } bytes que abre Rights Desk
file-error-changed = { $path }: otra persona cambió el archivo desde que se abrió
file-error-read-only = { $path } es de solo lectura; no se escribió nada. Guarde una copia en otro lugar o pida a quien administra el archivo que permita escribir en él.
file-error-disk-full = El disco está lleno; no se escribió nada en { $path }
file-error-link-missing = { $path } es un enlace a { $target }, que no existe (¿está conectada la unidad compartida?)
file-error-link-loop = { $path } es un enlace a { $target }, que lleva de vuelta a sí mismo (un ciclo de enlaces)
file-error-locked = { $holder } está guardando { $path }; inténtelo de nuevo en un momento. Si esa computadora está apagada, borre el archivo de bloqueo { $lock }.
file-error-serialize = No se pudieron escribir los datos como RON: { $reason }
status-read-only-copy = Guardar una copia como…
status-merged = Guardado { $time }, junto con cambios hechos en otra computadora
status-base-problem = No se pudo escribir el registro de fusiones de este escritorio ({ $reason }): una fusión posterior de copias de otros escritorios puede hacer más preguntas. Se vuelve a intentar al guardar.
status-waiting-lock = Esperando para guardar: { $holder } está guardando { $path }. Si esa computadora está apagada, la espera termina en 20 segundos e indica qué archivo de bloqueo eliminar.
status-waiting-unreadable-lock = Esperando para guardar { $path }: no se puede leer su archivo de bloqueo. Si ningún otro programa lo está guardando, borre el archivo de bloqueo que está a su lado.
status-saving = Guardando…
status-loading = Cargando el directorio…
loading-contacts = { $count ->
    [one] Cargando 1 contacto…
   *[other] Cargando { $count } contactos…
}
loading-file = Cargando { $path }…
file-error-older-guide = { $path } se revisó el { $found }, antes que la guía en uso (revisada el { $in_use }); no se cargó.
guide-update-menu = Actualizar la guía…
guide-update-title = Actualizar la guía
guide-update-reviewed = Revisada { $in_use } (en uso) → { $new } (este archivo)
guide-update-none = no instalada
guide-update-older = Esta guía es más antigua que la guía en uso. No se puede instalar.
guide-update-same = No hay diferencias con la guía en uso.
guide-update-added = Preguntas agregadas
guide-update-removed = Preguntas eliminadas
guide-update-reworded = Preguntas con otra redacción
guide-update-notes-added = Notas del editor agregadas
guide-update-notes-changed = Notas del editor cambiadas
guide-update-notes-removed = Notas del editor eliminadas
guide-update-problems = Problemas encontrados en el archivo
guide-update-install = Instalar
guide-update-installed = La guía se instaló como { $path }.
print-office-notes = Nuestras notas
office-note-heading = Nota de { $organization }, { $date }
office-add-note = Agregar nuestra nota
office-add-entry = + Agregar una pregunta propia
office-edit = Editar
office-delete = Eliminar
office-edit-entry = Editar nuestra pregunta
office-delete-entry = Eliminar nuestra pregunta
office-undo = Deshacer el último cambio en nuestras notas
office-note-editor = Nuestra nota sobre esta pregunta
office-entry-editor = Nuestra propia pregunta y respuesta
office-organization = Nombre de la organización (aparece con cada nota)
office-question-en = Pregunta (inglés)
office-question-es = Pregunta (español)
office-text-en = Texto (inglés)
office-text-es = Texto (español)
office-hint = Escriba en inglés, en español o en ambos. Separe los párrafos con una línea en blanco. Se guarda en office-notes.ron en la carpeta de datos, nunca en la guía misma.
office-save = Guardar
office-saved = Se guardaron las notas de su oficina.
office-empty-note = No se guardó: la nota no tiene texto.
office-empty-question = No se guardó: la pregunta no tiene texto.
office-orphan = Una nota de su oficina pertenece a la pregunta «{ $entry }», que esta guía ya no tiene. Se conserva en office-notes.ron.
related-not-open = No se pudo abrir el directorio; vea la pestaña Directorio.
keys-title = Atajos de teclado
keys-find = Buscar: la búsqueda de la guía, o el filtro del Directorio en esa pestaña
keys-results = En los resultados: elegir, abrir, borrar la búsqueda
keys-next-entry = Pregunta siguiente / anterior de la guía
keys-new-contact = Contacto nuevo
keys-mark-verified = Marcar hoy como verificado el contacto abierto
keys-undo = Deshacer el último cambio en el directorio (en un campo de texto: deshacer lo escrito)
keys-redo = Rehacer
keys-into-list = Del filtro del directorio a la lista
keys-list = En la lista: pasar a la fila siguiente o anterior, una página, la primera o la última
keys-open-contact = En la lista: abrir en el editor el contacto con el foco
keys-close-editor = Cerrar el editor de contactos (el foco vuelve a su fila)
keys-fields = Pasar de un campo a otro; un campo se guarda al salir de él
keys-zoom = Acercar / alejar / volver al 100 %
print-not-pdf-ua = Guardado, pero no como PDF/UA-1 (PDF accesible): { $reason }. Es un PDF etiquetado sin esa declaración.
status-refused-name = No se guardó: un contacto necesita un nombre.
editor-hidden-by-filters = Los filtros ocultan el contacto que está editando.
editor-show-it = Mostrarlo

# Compartir el directorio entre computadoras (copias en conflicto, quién lo tiene abierto).
# Traducción del inglés, todavía no revisada por un traductor calificado.
file-merge-copies = Buscar copias de otras computadoras
sharing-reloaded = El directorio se cambió en otra computadora; esta ventana ya muestra la versión nueva.
sharing-merged = { $count ->
    [one] Se combinó la copia hecha por { $tool } ({ $file }): se tomó 1 contacto de ella. Se movió a la carpeta «backups».
   *[other] Se combinó la copia hecha por { $tool } ({ $file }): se tomaron { $count } contactos de ella. Se movió a la carpeta «backups».
}
sharing-copy-unreadable = No se pudo leer una copia hecha por { $tool } ({ $file }), así que se dejó donde está: { $error }
sharing-also-open = También abierto en { $who }
sharing-who = { $host } ({ $user }) desde { $time }
merge-title = Combinar la copia hecha por { $tool }
merge-intro = Otra computadora cambió la lista de contactos al mismo tiempo que esta. Todo lo demás se combinó solo; abajo, las dos computadoras cambiaron lo mismo de maneras distintas: elija qué conservar.
merge-intro-clean = { $clean ->
    [one] Otro contacto se combinó solo: { $names }.
   *[other] Otros { $clean } contactos se combinaron solos: { $names }.
}
merge-taken-added = agregado
merge-taken-updated = actualizado
merge-taken-deleted = eliminado
merge-file = La copia: { $file }
merge-take-all-mine = Conservar todo lo de esta computadora
merge-take-all-theirs = Tomar todo lo de la otra copia
merge-field = Campo
merge-base = Antes
merge-mine = Esta computadora
merge-theirs = La otra copia
merge-someone = alguien
merge-empty = (vacío)
merge-unknown = (no se sabe)
merge-edited-deleted-mine = Editado en esta computadora ({ $edited }); borrado en la otra copia por { $who } ({ $when }).
merge-edited-deleted-theirs = Editado en la otra copia ({ $edited }); borrado en esta computadora por { $who } ({ $when }).
merge-keep = Conservar el contacto
merge-delete = Eliminarlo
merge-apply = Combinar
merge-later = Más tarde
merge-run = { $copies ->
    [one] 1 copia en conflicto fusionada
   *[other] { $copies } copias en conflicto fusionadas
}; { $questions ->
    [0] no quedan preguntas.
    [one] queda 1 pregunta por responder.
   *[other] quedan { $questions } preguntas por responder.
}
merge-done = { $count ->
    [one] Combinado: 1 contacto cambiado. Deshacer revierte toda la combinación.
   *[other] Combinado: { $count } contactos cambiados. Deshacer revierte toda la combinación.
}
merge-field-name = Nombre
merge-field-category = Categoría
merge-field-description = Descripción
merge-field-services = Servicios
merge-field-phones = Teléfonos
merge-field-email = Correo electrónico
merge-field-website = Web
merge-field-address = Dirección
merge-field-counties = Condados
merge-field-languages = Idiomas
merge-field-hours = Horario
merge-field-cost = Costo
merge-field-notes = Notas
merge-field-source = Fuente
merge-title-file = Combinar sus cambios con los de la otra computadora
directory-table-name = Contactos
contact-phone-kind = Tipo del teléfono { $number }
file-opened-notes = { $count ->
    [one] Abierto, con una nota sobre el archivo: { $notes }
   *[other] Abierto, con { $count } notas sobre el archivo: { $notes }
}

import-target-name = nombre
import-target-category = categoría
import-target-description = descripción
import-target-services = servicios
import-target-phone = teléfono { $number }
import-target-phone-kind = tipo de teléfono
import-target-phone-label = etiqueta del teléfono
import-target-email = correo electrónico
import-target-website = sitio web
import-target-street = calle
import-target-city = ciudad
import-target-state = estado
import-target-zip = código postal
import-target-counties = condados
import-target-languages = idiomas
import-target-hours = horario
import-target-cost = costo
import-target-notes = notas
import-target-source = fuente
import-target-caveat = antes de llamar
import-target-own = número propio
import-target-description-es = descripción en español
import-target-hours-es = horario en español
import-target-caveat-es = antes de llamar, en español
import-target-verified = verificado el
import-target-ignore = (no se importa)

## Impreso en folletos, tarjetas de bolsillo y hojas de contactos (además de category-*,
## note-kind-*, county-statewide, print-prepared-by y print-sources arriba).
printed-printed = Impreso
printed-guidance = Guía
printed-source = fuente
printed-reviewed = revisada
printed-page = Página
printed-of = de
printed-who-can-help = Quién puede ayudar
printed-name = Nombre
printed-phone = Teléfono
printed-details = Web, dirección, horario
printed-hours = Horario
printed-languages = Idiomas
printed-counties = Condados
printed-editors-note = Nota del editor
printed-checked = comprobado el
printed-unverified-note = La oficina que imprimió esto no ha confirmado recientemente los contactos marcados «no comprobado» o «comprobado por última vez»: llame antes de confiar en ellos.
printed-who-to-call = A quién llamar
printed-qr-for = Código QR de
printed-contact-sheet = Directorio de contactos
printed-not-advice = Información general, no asesoría legal.
printed-cut-here = Corte por las marcas. Imprima la segunda página al reverso de la primera (giro por el borde largo).
printed-verified = comprobado en { $month } { $year }
printed-not-verified = no comprobado
printed-not-verified-since = comprobado por última vez en { $month } { $year }
month-short-1 = ene.
month-short-2 = feb.
month-short-3 = mar.
month-short-4 = abr.
month-short-5 = may.
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = ago.
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = dic.

## Nombres de los idiomas que hablan los contactos (impresos y en el directorio).
language-name-en = inglés
language-name-es = español
language-name-nv = navajo
language-name-vi = vietnamita
language-name-ar = árabe
language-name-zh = chino
language-name-fr = francés
language-name-pt = portugués
language-name-ht = criollo haitiano
language-name-ru = ruso
language-name-uk = ucraniano
language-name-ps = pastún

## Cambios que el directorio rechazó y exportaciones fallidas (core::workspace::notice).
refused-control-characters = El nombre de un contacto no puede tener caracteres de control (como un NUL o un salto de línea); el cambio no se guardó.
refused-empty-name = Un contacto necesita un nombre; el cambio no se guardó.
refused-not-found = Ningún contacto tiene el id «{ $id }»; quizá se borró en otra computadora.
refused-conflict = El contacto «{ $id }» cambió mientras tanto; el cambio no se aplicó.
refused-duplicate-id = El id «{ $id }» ya lo usa otro contacto.
export-failed = No se pudieron exportar los contactos: { $error }

## Campos de un contacto que parecen incorrectos (core::contact_check); $value es lo escrito.
warn-phone-empty = Teléfono «»: el número está vacío
warn-phone-not-digits = Teléfono «{ $value }»: tiene caracteres que no son dígitos
warn-phone-international = Teléfono «{ $value }»: los números internacionales tienen de 8 a 15 dígitos
warn-phone-us = Teléfono «{ $value }»: los números de EE. UU. tienen 10 dígitos (o 1 y 10 dígitos)
warn-email = «{ $value }» no parece una dirección de correo electrónico
warn-website-unsafe = «{ $value }» no es una dirección segura (solo http, https, mailto y tel): se imprime como texto, sin enlace ni código QR
warn-website = «{ $value }» no es una dirección web que empiece con http:// o https://
warn-zip = El código postal «{ $value }» debe tener 5 dígitos, o 5+4 (87501-1234)
warn-county = «{ $value }» no es un condado de Nuevo México (ni «Statewide», que significa todo el estado)

## Lo que se reparó al abrir un archivo del directorio (core::load_note).
load-note-no-id = «{ $name }» no tenía id; se le dio el id «{ $id }»
load-note-repeated-id = «{ $name }» tenía un id repetido; se le dio el id «{ $id }»
load-note-no-name = el contacto «{ $id }» no tiene nombre
load-note-older-format = El archivo estaba en la versión { $version } del formato; se guardará en el formato actual.

## Importaciones que no se pudieron leer (core::interop::ImportError).
import-error-nothing = No se encontraron contactos en { $path } (¿es un archivo { $what }?)
import-error-too-large-unpacked = { $path } se descomprime en más de { $limit } bytes; Rights Desk importa paquetes de hasta { $limit } bytes descomprimidos.
import-error-format = No se pudo leer el archivo: { $what }

## Títulos de un impreso cuando no se escribe uno, el encabezado de las entradas propias de la
## oficina, y el enlace a la traducción de una guía (escrito en el idioma al que cambia).
printed-title-handout = ICE y la policía local en Nuevo México: la guía estatal, con correcciones
printed-title-contacts = Quién puede ayudar: asistencia legal y apoyo en inmigración en Nuevo México
office-section-title = De nuestra oficina
read-in-this-language = Leer en español

## El aviso al pie de la ventana.
notice-dismiss = Cerrar aviso
notice-dismiss-hint = Quitar este mensaje

## Campos de contacto y palabras impresas añadidas para impresos honestos (traducción).
merge-field-caveat = Antes de llamar
merge-field-translations = Textos en español
merge-field-own = Número propio
contact-caveat = Antes de llamar (una línea, se imprime bajo el contacto)
contact-own = Uno de los números propios de nuestra oficina (en las tarjetas, después de la asistencia legal)
contact-description-es = Descripción en español
contact-hours-es = Horario en español
contact-caveat-es = Antes de llamar, en español
contact-area-not-recorded = no registrada
contact-languages-not-recorded = no registrados
printed-before-call = Antes de llamar
printed-cost = Costo
printed-fee = con costo
printed-in-english = (en inglés)
printed-area = Zona que atiende
printed-area-not-recorded = no registrada
printed-maybe-county = Puede atender el condado de { $county }: llame para confirmar (zona no registrada)
printed-maybe-language = Puede hablar { $language }: llame para confirmar (idiomas no registrados)
printed-from-office = De nuestra oficina
printed-office-not-guide = Escrito por la oficina que imprimió esto; no es parte de la guía ni de su traducción.
printed-about-guide = Sobre la guía: «{ $title }» es una página web de preguntas frecuentes de terceros ({ $publisher }; { $date }), reproducida aquí palabra por palabra. Los editores de Rights Desk la revisaron el { $reviewed } y añadieron notas del editor con fecha donde está desactualizada o equivocada; las correcciones siempre se imprimen.
printed-card-source = Fuente
print-no-legal-aid-county = No hay asistencia legal para el condado de { $county }: agregue una, o incluya los contactos de todo el estado y los que no tienen zona registrada.
print-no-legal-aid = No hay asistencia legal entre los contactos elegidos: agregue una o amplíe la selección.
print-card-entry-none = La pregunta «{ $entry }» no tiene un resumen escrito para tarjetas, y una tarjeta nunca imprime la respuesta original de la guía. Se pueden imprimir tarjetas de: { $choices }.
printed-title-door = Conozca sus derechos en la puerta
print-layout-door-card = Tarjetas para la puerta
door-front = Frente: qué hacer en la puerta, en el idioma de la tarjeta (según fuentes del ILRC y la ACLU). Para usar las palabras de su oficina, abra «Si agentes de inmigración llegan a su puerta» en la pestaña Guía y añada una nota propia: cada línea será un punto, marcado como suyo.
door-back = Reverso: la declaración para el agente, en inglés, y hasta { $count ->
    [one] un número
   *[other] { $count } números
} debajo (primero la asistencia legal). Las tarjetas en español llevan el español en el frente.
printed-about-companion = Sobre «{ $title }»: { $note } Revisado el { $reviewed }.

## Verification rounds
checks-recorded = { $count ->
    [one] Se registró una comprobación.
   *[other] Se registraron { $count } comprobaciones.
}
checks-unknown = { $count ->
    [one] Una fila nombra un contacto que no está en este directorio ({ $ids }); no se registró.
   *[other] { $count } filas nombran contactos que no están en este directorio ({ $ids }); no se registraron.
}

round-open = Verificar contactos…
round-title = Verificar contactos
round-setup-help = Llame o escriba a cada contacto por turno y registre lo que encontró. Cada comprobación se guarda al momento, con su nombre, y los otros escritorios que comparten esta lista ven en qué contacto está usted.
round-everyone = Todos los contactos, no solo los pendientes
round-volunteer = Su nombre
round-volunteer-hint = se pone en cada comprobación (opcional)
round-script-language = Guion de llamada en
round-count = { $count ->
    [0] No hay contactos que comprobar con estas opciones.
    [one] Un contacto que comprobar.
   *[other] { $count } contactos que comprobar.
}
round-start = Empezar
round-progress = { $at } de { $count }
round-confirm-heading = Qué confirmar (corríjalo aquí si cambió)
round-script-heading = Guion de llamada
round-script = Hola, me llamo { $volunteer } y llamo de { $office } para confirmar la información que damos a las familias sobre { $name }: sus números de teléfono, su horario, su dirección, los idiomas que hablan y los servicios que ofrecen. ¿Sigue siendo correcta?
round-method = Cómo:
round-note = Nota
round-findings-help = ¿Qué encontró? (teclas 1–7)
round-skip = Saltar por ahora
round-end = Terminar la ronda
round-over = Ronda terminada
round-summary = { $checked ->
    [one] Un contacto comprobado
   *[other] { $checked } contactos comprobados
}, { $skipped ->
    [one] 1 saltado
   *[other] { $skipped } saltados
}.
round-close = Cerrar
round-being-checked = Lo están comprobando ahora en { $who }.
finding-confirmed = Confirmado
finding-changed = Cambió
finding-no-answer = No contestan
finding-wrong-number = Número equivocado o desconectado
finding-moved = Se mudó
finding-closed = Cerró
finding-do-not-list = Pidió no aparecer
method-phone = Teléfono
method-email = Correo electrónico
method-website = Sitio web
method-visit = Visita
method-from-organization = De la propia organización
method-not-recorded = Sin registrar
status-current = comprobado, toca de nuevo el { $date }
status-never-checked = nunca comprobado
status-due = pendiente desde el { $date }
status-overdue = atrasado desde el { $date }
status-flag-wrong-number = ⚠ marcado: número equivocado o desconectado
status-flag-moved = ⚠ marcado: se mudó
status-flag-no-answer = ⚠ marcado: no contestan tres veces
status-inactive = ⛔ { $finding }: se conserva, nunca se imprime
filter-show-inactive = Mostrar cerrados y no listados
keys-verify-round = Verificar contactos (una ronda de verificación)
keys-round-findings = En una ronda: registrar lo que encontró
checks-heading = { $count ->
    [one] Una comprobación
   *[other] { $count } comprobaciones
}
checks-line = { $date }: { $found } ({ $method }) · { $who }
checks-was = { $field } era: { $value }
round-script-no-name = Hola, llamo de { $office } para confirmar la información que damos a las familias sobre { $name }: sus números de teléfono, su horario, su dirección, los idiomas que hablan y los servicios que ofrecen. ¿Sigue siendo correcta?
round-our-office = nuestra oficina
round-services = Servicios
round-not-recorded = sin registrar
round-intervals = Cada cuánto se comprueba cada tipo de contacto
round-intervals-help = Un contacto vuelve a estar pendiente tantos días después de su última confirmación. Se guarda junto al archivo del directorio, para todos los escritorios que lo comparten.
round-days-suffix = {" "}días
sheet-title = Hoja de llamadas: contactos que comprobar
sheet-instructions = Llame a cada contacto y pregunte si lo que la oficina reparte sigue siendo correcto. Marque lo que encontró y cómo, escriba la fecha, su nombre y cualquier corrección. Luego pase las respuestas a la hoja de llamadas CSV (mismos id), o entregue la hoja a quien lleva la lista.
sheet-found = Resultado
sheet-how = Cómo
sheet-date = Fecha
sheet-by = Quién
sheet-note = Nota
sheet-corrections = correcciones
sheet-printed = impreso
sheet-page = Página
sheet-id = id
sheet-flagged = marcado
sheet-confirm = Qué confirmar
sheet-translation = Esta hoja es una traducción al español hecha por Rights Desk, todavía no revisada por un traductor calificado.
checks-not-read = { $count ->
    [one] No se pudo leer una fila (un resultado, método o fecha que no se entiende); `rights-desk verify --import ARCHIVO --dry-run` la señala.
   *[other] No se pudieron leer { $count } filas (un resultado, método o fecha que no se entiende); `rights-desk verify --import ARCHIVO --dry-run` las señala.
}
checks-not-a-sheet = Esto no es una hoja de llamadas: { $reason }
round-save-sheet-pdf = Guardar una hoja de llamadas para imprimir (PDF)…
round-save-sheet-csv = Guardar una hoja de llamadas para rellenar (CSV)…
round-import-sheet = Registrar una hoja de llamadas rellenada…
round-paper-help = Sin la aplicación: imprima los contactos que dan estas opciones como hoja de llamadas, o guárdela como hoja de cálculo para rellenarla y registrarla aquí después.
round-sheet-file = hoja de llamadas
report-title = Cómo está la lista
report-current = al día
report-due = pendientes
report-overdue = atrasados
report-flagged = marcados
report-inactive = cerrados o no listados
report-this-month = comprobados este mes
report-all = Todos los contactos

## Printing to a printer
print-sent = Se enviaron { $copies ->
    [one] una copia
   *[other] { $copies } copias
} a { $printer } — trabajo { $job }.
print-job-waiting = El trabajo { $job } espera en la cola de { $printer }.
print-job-printing = El trabajo { $job } se está imprimiendo en { $printer }.
print-job-stopped = El trabajo { $job } en { $printer } se detuvo: la impresora necesita atención (papel, atasco o está apagada).
print-job-paused = El trabajo { $job } espera: la impresora { $printer } está en pausa. Se imprimirá cuando alguien la reanude; o cancélelo allí y guarde el PDF.
print-printed = Impreso: { $copies ->
    [one] una copia
   *[other] { $copies } copias
} en { $printer } (trabajo { $job }).
print-error-no-service = Ningún servicio de impresión responde en esta computadora ({ $server }: { $detail }). Guarde el PDF e imprímalo desde otro programa, o pida a quien configuró la computadora que inicie el servicio de impresión (CUPS).
print-error-no-printers = No hay ninguna impresora configurada en esta computadora. Guarde el PDF, o agregue una impresora en la configuración del sistema.
print-error-no-such-printer = No hay (ya) ninguna impresora llamada «{ $printer }». Elija otra, o guarde el PDF.
print-error-not-accepting = La impresora «{ $printer }» no acepta trabajos. Elija otra, o guarde el PDF.
print-error-refused = La impresora «{ $printer }» rechazó el trabajo: { $reason }. Guarde el PDF.
print-error-canceled = El trabajo { $job } en { $printer } se canceló y no se imprimió.
print-error-aborted = El sistema de impresión abandonó el trabajo { $job } en { $printer }: no se imprimió nada. Guarde el PDF.
print-error-bad-pages = «{ $pages }» no es un rango de páginas: escriba 1-2, o 1,3-4, o déjelo vacío para todas.
print-error-unsupported = Imprimir desde Rights Desk todavía no está disponible en este sistema: guarde el PDF e imprímalo.
print-print-dots = Imprimir…
print-dialog-title = Imprimir
print-looking = Buscando impresoras…
print-printer = Impresora
printer-ready = lista
printer-printing = imprimiendo
printer-paused = en pausa
printer-rejecting = no acepta trabajos
printer-default = predeterminada
print-copies = Copias
print-two-sided = A doble cara (girar por el lado largo)
print-two-sided-cards = A doble cara (girar por el lado largo: los reversos están preparados para ello)
paper-letter = Carta (Letter)
paper-a4 = A4
print-pages = Páginas
print-pages-hint = todas, o 1-2, 4
print-grayscale = Escala de grises
print-actual-size = Siempre se imprime a tamaño real (100 %), para que las marcas de corte y los reversos de las tarjetas coincidan.
print-sending = Enviando…
print-print = Imprimir
print-save-instead = Guardar como PDF…
print-close = Cerrar
keys-print = Imprimir (lo que muestra la pestaña Folleto)
print-one-entry = Solo esta pregunta: { $entry }
print-entry-hint = Imprimir solo esta pregunta, con los contactos que elige la pestaña Folleto
merge-keep-both = Conservar ambos
merge-keep-both-hint = Conservar todos los elementos de ambas versiones: los de este escritorio y luego los de la otra copia
search-did-you-mean = ¿Quiso decir «{ $query }»?
directory-some-words = Ningún contacto tiene todas estas palabras; los que tienen algunas, los mejores primero:
# Traducción del inglés, todavía no revisada por un traductor calificado.
files-directory = Directorio de Rights Desk (RON)
files-guide = Guía de Rights Desk (RON)
files-import = Contactos (CSV, vCard, HSDS .zip)
files-call-sheet = Hoja de llamadas (CSV)
files-all = Todos los archivos
chooser-open = Abrir
chooser-save = Guardar
chooser-new-folder = Nueva carpeta
chooser-new-folder-name = Nueva carpeta
chooser-refresh = Leer la carpeta de nuevo
chooser-parent = Subir una carpeta
chooser-file = Nombre del archivo:
chooser-folder = Carpeta
chooser-hidden = Mostrar archivos ocultos
chooser-replace = «{ $file }» ya existe. ¿Reemplazarlo?
chooser-replace-yes = Reemplazar
chooser-replace-no = Elegir otro nombre
chooser-fallback = El cuadro de archivos del sistema no pudo abrirse en este escritorio, así que se abrió el selector de archivos propio de Rights Desk.
# Traducción del inglés, todavía no revisada por un traductor calificado.
import-report-kept = { $count ->
    [one] Un campo se guardó en las notas de los contactos, con su nombre: { $fields }
   *[other] { $count } campos se guardaron en las notas de los contactos, con sus nombres: { $fields }
}
import-report-lost = { $count ->
    [one] Un campo no tiene lugar en Rights Desk y no se importó: { $fields }
   *[other] { $count } campos no tienen lugar en Rights Desk y no se importaron: { $fields }
}
# Traducción del inglés, todavía no revisada por un traductor calificado.
printed-translation-reviewed = Traducción de la guía y de las palabras de esta impresión revisada por { $who } el { $date }.
printed-entry-in-english = Todavía sin traducir: se muestra en inglés.
printed-fallback-note = Partes de esta hoja están en inglés porque su traducción todavía no está escrita.
# Traducción del inglés, todavía no revisada por un traductor calificado.
files-translation = Archivo de traducción (PO, XLIFF, CSV)
translations-menu = Traducciones…
translations-title = Traducciones
translations-language = Idioma de la traducción
translations-coverage = { $language }: interfaz { $interface }/{ $interfaceall } traducida, guía { $guide }/{ $guideall } traducida, textos de los contactos { $contacts }/{ $contactsall } traducidos, textos de la oficina { $office }/{ $officeall } traducidos, { $reviewed } % revisado{ $outdated ->
    [0] .
    [one] , 1 revisión desactualizada (cambió su inglés).
   *[other] , { $outdated } revisiones desactualizadas (cambió su inglés).
}
translations-help = Guarde todos los textos para su traductor y luego traiga de vuelta el archivo revisado: cada texto que devuelva queda marcado como revisado con su nombre, y las impresiones lo dicen cuando todo lo que imprimen está revisado.
translations-save-po = Guardar para un traductor (PO)…
translations-save-xliff = Guardar como XLIFF…
translations-save-csv = Guardar como hoja de cálculo (CSV)…
translations-read = Traer un archivo revisado…
translations-plan = { $new ->
    [one] 1 nuevo
   *[other] { $new } nuevos
}, { $changed ->
    [one] 1 cambiado
   *[other] { $changed } cambiados
}, { $confirmed ->
    [one] 1 confirmado tal como está
   *[other] { $confirmed } confirmados tal como están
}, { $refused ->
    [one] 1 rechazado.
   *[other] { $refused } rechazados.
}
translations-reviewer = Revisado por
translations-reviewer-hint = el nombre del traductor
translations-apply = Aplicar
translations-take-back = Deshacer el archivo revisado por { $who } el { $date }
translations-taken-back = { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
} y { $contacts ->
    [one] 1 contacto
   *[other] { $contacts } contactos
} quedaron como estaban antes del archivo revisado por { $who }.{ $since ->
    [0] {""}
   *[other] { " " }Cambiaron después, así que se dejaron como están: { $names }.
}
translations-refused-english = el inglés cambió desde que se guardó el archivo: guárdelo de nuevo y traduzca el inglés nuevo
translations-refused-syntax = no es un mensaje que Rights Desk pueda leer ({ $details })
translations-refused-lost = la traducción omite { $names }: déjelos tal como están
translations-refused-unknown = la traducción usa { $names }, que el inglés no tiene
translations-refused-plural = el inglés elige sus palabras según { $names } (plurales) y la traducción no
translations-refused-unknown-id = Rights Desk no tiene ese texto
translations-saved = { $count ->
    [one] Se guardó 1 texto para un traductor en { $path }
   *[other] Se guardaron { $count } textos para un traductor en { $path }
}
translations-applied = { $count ->
    [one] 1 traducción cambiada
   *[other] { $count } traducciones cambiadas
} y { $confirmed ->
    [one] 1 confirmada
   *[other] { $confirmed } confirmadas
}, revisadas por { $who }.
translations-error = No se pudieron guardar ni leer las traducciones: { $details }
exchange-error-po-quoted = línea { $line }: aquí se esperaba un texto entre comillas: { $text }
exchange-error-po-outside = línea { $line }: esta línea no pertenece a ningún texto: { $text }
exchange-error-po-not-read = línea { $line }: «{ $keyword }» no se lee (las formas plurales y los textos obsoletos no forman parte de un archivo de Rights Desk); guarde el archivo de nuevo desde Rights Desk y traduzca ese
exchange-error-xliff = este no es un archivo XLIFF que se pueda leer ({ $details })
exchange-error-csv-header = no se puede leer la primera fila de la hoja de cálculo ({ $details })
exchange-error-csv-columns = la hoja de cálculo necesita las columnas id, english y translation, nombradas en su primera fila
exchange-error-csv-row = no se puede leer la fila { $row } de la hoja de cálculo ({ $details })
exchange-error-other-language = este archivo tiene el idioma «{ $file }», no «{ $wanted }»
# Traducción del inglés, todavía no revisada por un traductor calificado.
review-sheet-title = Revisión de la traducción: { $language }
review-sheet-printed = impresa
review-sheet-page = Página
review-sheet-instructions = Lea cada traducción junto a su inglés. Marque la casilla si está bien; si no, escriba la corrección al lado. Deje tal como están cada { "{" } $nombre { "}" } y cada opción entre { "{" } … { "}" }. Devuelva la hoja a la oficina, que escribe las correcciones y registra su revisión.
review-sheet-english = Inglés
review-sheet-translation = Traducción
review-sheet-corrections = ¿Bien? Corrección
review-sheet-ok = bien
review-state-unreviewed = todavía sin revisar
review-state-reviewed = revisada por { $who } el { $date }
review-state-outdated = revisada por { $who } el { $date }; el inglés cambió desde entonces
translations-save-pdf = Imprimir para revisar en papel (PDF)…
print-missing-glyphs = { $place }: ningún tipo de letra de esta computadora tiene «{ $chars }», así que se imprimiría como cuadros en blanco. Instale un tipo de letra para esa escritura (por ejemplo Noto Sans CJK para chino, japonés o coreano) o corrija el texto.
print-missing-place-title = el título
print-missing-place-prepared-by = la línea «preparado por»
print-missing-place-entry = pregunta { $id } ({ $language })
print-missing-place-contact = contacto «{ $name }»
print-missing-place-card = la tarjeta de bolsillo ({ $language })
print-missing-place-text = texto { $id }
import-problem = { $place }: { $reason }
import-place-row = fila { $row }
import-place-card = vCard { $number }
import-place-table-row = { $table }, fila { $row }
import-place-contact = contacto { $number }
import-problem-no-name = no tiene nombre; se omitió
import-problem-card-no-name = no tiene FN ni ORG (no tiene nombre); se omitió
import-problem-card-unfinished = termina sin END:VCARD; se omitió
import-problem-header = no se puede leer la fila de encabezados ({ $details })
import-problem-row = no se puede leer ({ $details })
import-problem-no-name-column = ninguna columna tiene el nombre de la organización (un encabezado como «Name» o «Nombre»)
import-problem-not-a-date = la fecha de verificación «{ $value }» no es una fecha (AAAA-MM-DD); se importó como no verificado
import-problem-name-control = el nombre tiene solo caracteres de control; no se importó
import-problem-name-cleaned = los caracteres de control del nombre se cambiaron por espacios («{ $name }»)
