import type en from '../en/data.js';

export default {
  // ---- lectura de archivos
  'data.read.empty': 'el archivo está vacío',
  'data.read.noHeader': 'no hay fila de encabezado: la primera línea no tiene nombres de columna',
  'data.read.noRows': 'no hay filas de datos después del encabezado',
  'data.read.notFound': 'no se encontró el archivo',
  'data.read.notFoundAt': 'no se encontró el archivo: {file}',
  'data.read.unreadable': 'no se puede leer el archivo: {reason}',
  'data.read.isDirectory': 'es una carpeta',
  'data.read.workerExited': 'el hilo de lectura se detuvo (código de salida {code})',
  'data.read.unknownEncoding': 'codificación desconocida {encoding}',
  'data.read.notXlsx': 'no es un libro de Excel (.xlsx): {reason}',
  'data.read.xlsx.noWorkbook': 'falta xl/workbook.xml',
  'data.read.xlsx.noSheets': 'el libro no declara ninguna hoja',
  'data.read.xlsx.missingPart': 'falta {part}',
  'data.read.noSheet': 'el libro no tiene una hoja llamada "{sheet}"; hojas: {sheets}',
  'data.read.badJson': 'JSON inválido después del registro {record}: {reason}',
  'data.read.noRecords': 'no hay registros: se esperaba un arreglo de objetos, o un objeto que lo contenga',
  'data.read.unknownFormat': 'tipo de archivo desconocido "{ext}": use .csv, .txt, .tsv, .xlsx, .json o .ndjson, o indique format',
  'data.read.nothingUsable': 'nada utilizable: {read, plural, one {# fila leída} other {# filas leídas}}, todas excluidas ({reasons})',
  'data.read.reasonCount': '{reason} {count}',
  'data.read.encodingReplaced': 'se reemplazaron bytes que no son {encoding} válido (el primero en la línea {line}); indique encoding: windows-1252 si el archivo viene de Excel',

  // ---- por qué una auditoría se detiene en una fuente de datos
  'data.error.sourcesNotFound': 'no se encontraron las fuentes de datos',
  'data.error.columnNotInFile': 'una columna indicada en la configuración no está en {file}',
  'data.error.lacksRequired': 'a {file} le faltan columnas obligatorias',
  'data.error.cannotUse': 'no se puede usar {file}',
  'data.error.nothingUsable': 'nada utilizable en {files}',

  // ---- la sección data: de la configuración
  'data.config.unknownZone': 'zona horaria desconocida "{zone}"',
  'data.config.badHours': 'no se puede leer el horario de atención "{hours}"; escríbalo como "Lu-Vi 08:00-18:00; Sa 09:00-13:00"',
  'data.config.badPromise': 'no se puede leer la promesa "{promise}"; escriba 3d, 48h o 2 días hábiles',

  // ---- mapeo (errores de configuración)
  'data.map.unknownMapping': 'mapeo "{mapping}" desconocido para {kind}; disponibles: {available}',
  'data.map.unknownField': '"{field}" no es un campo de {kind}; campos: {fields}',
  'data.map.columnMissing': 'la columna "{column}" (para {field}) no está en {file}; columnas: {columns}',
  'data.map.requiredMissing': '{file} no tiene columna para {fields} con el mapeo {mapping}; indíquela en columns: (columnas encontradas: {columns})',
  'data.map.noFiles': 'ningún archivo coincide con "{pattern}"',
  'data.map.kindUnknown': 'no se sabe qué contiene {file}: ningún mapeo disponible encaja con sus columnas; use --kind',

  // ---- filas con problemas (tipos)
  'data.bad.malformed': 'fila mal formada',
  'data.bad.badDate': 'fecha ilegible',
  'data.bad.badDuration': 'duración ilegible',
  'data.bad.badNumber': 'número ilegible',
  'data.bad.negativeDuration': 'duración negativa (termina antes de empezar)',
  'data.bad.outOfScale': 'respuesta fuera de la escala',
  'data.bad.missingValue': 'falta un valor obligatorio',
  'data.bad.outsidePeriod': 'fuera del periodo',
  'data.bad.notInbound': 'llamada saliente (no se cuenta)',
  'data.bad.cancelled': 'pedido cancelado (no se cuenta)',
  'data.bad.detail': '{field}: "{value}"',
  'data.bad.columns': '{found} campos, el encabezado tiene {expected}',
  'data.bad.quotes': 'comillas sin cerrar',

  // ---- procedencia (notas de la evidencia)
  'data.prov.figure': '{files} · {from, select, none {sin fechas} other {{from} – {to}}} · {rows, plural, one {# fila} other {# filas}}, {excluded} excluidas · n = {n}{approx, select, true { (percentiles con ±0,5 %)} other {}}',
  'data.prov.profileToo': 'el perfil también indica {value}{note, select, none {} other { ({note})}}; se usa la cifra calculada de la exportación',
  'data.prov.tooFew': 'muy pocos registros (n = {n}; se necesitan al menos {min})',

  // ---- el evaluador profile-target
  'data.eval.target': '{subject} es {value}; la meta de la organización ≤ {target} (targets.{name})',
  'data.eval.targetFallback': '{subject} es {value}; meta ≤ {target} (el perfil no fija targets.{name})',
  'data.eval.noTarget': 'no hay meta con qué comparar: fije targets.{name} en el perfil',

  // ---- gráfico del informe
  'data.chart.title': 'Tiempos de respuesta y de solución por canal (p50 y p90)',
  'data.chart.desc': 'Para cada canal, una barra oscura hasta la mediana (p50) y una clara hasta el percentil 90 (p90), en una escala de tiempo logarítmica.',
  'data.chart.firstResponse': 'Primera respuesta',
  'data.chart.resolution': 'Solución',
  'data.chart.bar': '{channel}: p50 {p50} · p90 {p90} (n = {n})',
  'data.chart.caption': 'Tiempo calendario, de las exportaciones; las tablas de abajo dan las cifras en horas hábiles.',

  // ---- inspect
  'data.inspect.file': 'Archivo',
  'data.inspect.format': 'Formato',
  'data.inspect.csvFormat': 'CSV, {encoding}, separador {delimiter}',
  'data.inspect.xlsxFormat': 'Libro de Excel, hoja "{sheet}" (de {sheets})',
  'data.inspect.jsonFormat': 'JSON',
  'data.inspect.ndjsonFormat': 'NDJSON (un objeto JSON por línea)',
  'data.inspect.kind': 'Contiene',
  'data.inspect.mapping': 'Mapeo',
  'data.inspect.fits': 'Mapeos que encajan',
  'data.inspect.fitLine': '{mapping} ({kind}): {found} de {total} campos, obligatorios {required}',
  'data.inspect.requiredOk': 'todos presentes',
  'data.inspect.requiredMissing': 'faltan {fields}',
  'data.inspect.columns': 'Columnas encontradas',
  'data.inspect.missing': 'Campos sin columna',
  'data.inspect.missingLine': '{field}{required} — se necesita para {uses}',
  'data.inspect.requiredMark': ' (obligatorio)',
  'data.inspect.unmapped': 'Columnas no usadas',
  'data.inspect.rows': 'Primeras filas leídas',
  'data.inspect.period': 'Periodo cubierto',
  'data.inspect.counts': 'Filas',
  'data.inspect.countsLine': '{read} leídas, {used} usadas, {excluded} excluidas',
  'data.inspect.bad': 'Filas con problemas',
  'data.inspect.badLine': '{reason}: {count} (en {where})',
  'data.inspect.noBad': 'ninguna',
  'data.inspect.dateOrder': 'Fechas leídas como',
  'data.inspect.metrics': 'Cifras que aporta este archivo',
  'data.inspect.notes': 'Notas',
  'data.inspect.none': 'ninguno',
  'data.inspect.more': 'y {n} más',
  'data.inspect.line': 'línea {n}',
  'data.inspect.rowRef': 'fila {n}',
  'data.inspect.recordRef': 'registro {n}',
  'data.inspect.hint': "Corrija un mapeo con columns: en la fuente de datos de readiness.config.yaml, p. ej. columns: '{' {field}: \"Su columna\" '}'",
  'data.order.dmy': 'día/mes/año',
  'data.order.mdy': 'mes/día/año',
  'data.order.ymd': 'año-mes-día',

  // ---- tipos
  'data.kind.tickets': 'tickets',
  'data.kind.calls': 'llamadas',
  'data.kind.pqrs': 'PQRS',
  'data.kind.surveys': 'respuestas de encuesta',
  'data.kind.customers': 'clientes',
  'data.kind.orders': 'pedidos',
  'data.kind.payments': 'pagos',

  // ---- progreso (stderr)
  'data.progress.loaded': 'datos: {name} ({kind}) — {files}: {used} de {read, plural, one {# fila} other {# filas}} usadas, {excluded} excluidas',
  'data.progress.bad': '{reason}: {count} (primera en {where})',

  // ---- readiness data inspect: argumentos
  'data.cli.badKind': '--kind espera uno de {kinds}; se recibió "{got}"',
  'data.cli.badMapping': '--mapping espera uno de {mappings}; se recibió "{got}"',
} satisfies Record<keyof typeof en, string>;
