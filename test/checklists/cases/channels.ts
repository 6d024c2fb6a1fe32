/** CheckTester cases of the channels area (see ../check-tester.ts): state and sentence per case. */
import type { CaseTable } from '../check-tester.js';

export default {
  'channels.phone-published': [
    { evidence: {"site.contact.phones":["Envío en 24 horas"]}, status: 'pass', en: "published telephone numbers is Envío en 24 horas; expected at least one", es: "teléfonos publicados es Envío en 24 horas; se espera al menos uno" },
    { evidence: {"site.contact.phones":[]}, status: 'fail', en: "published telephone numbers is none; expected at least one", es: "teléfonos publicados es ninguno; se espera al menos uno" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.contact.phones)", es: "no se sondeó el sitio (site.contact.phones)" },
  ],
  'channels.email-published': [
    { evidence: {"site.contact.emails":["Envío en 24 horas"]}, status: 'pass', en: "published e-mail addresses is Envío en 24 horas; expected at least one", es: "correos publicados es Envío en 24 horas; se espera al menos uno" },
    { evidence: {"site.contact.emails":[]}, status: 'fail', en: "published e-mail addresses is none; expected at least one", es: "correos publicados es ninguno; se espera al menos uno" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.contact.emails)", es: "no se sondeó el sitio (site.contact.emails)" },
  ],
  'channels.contact-within-one-click': [
    { evidence: {"site.contact.clickDepth":1}, status: 'pass', en: "clicks from the home page to contact details is 1; target ≤ 1", es: "clics desde el inicio hasta los datos de contacto es 1; meta ≤ 1" },
    { evidence: {"site.contact.clickDepth":2}, status: 'partial', en: "clicks from the home page to contact details is 2; target ≤ 1", es: "clics desde el inicio hasta los datos de contacto es 2; meta ≤ 1" },
    { evidence: {"site.contact.clickDepth":3}, status: 'fail', en: "clicks from the home page to contact details is 3; target ≤ 1", es: "clics desde el inicio hasta los datos de contacto es 3; meta ≤ 1" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.contact.clickDepth)", es: "no se sondeó el sitio (site.contact.clickDepth)" },
  ],
  'channels.presale-answer-speed': [
    { answer: "under-5-minutes", status: 'pass', en: "answer: Under 5 minutes", es: "respuesta: Menos de 5 minutos" },
    { answer: "under-1-hour", status: 'partial', en: "answer: Within an hour", es: "respuesta: En menos de una hora" },
    { answer: "no-presale-channel", status: 'fail', en: "answer: There is no way to ask before buying", es: "respuesta: No hay forma de preguntar antes de comprar" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'channels.live-chat-on-site': [
    { evidence: {"site.chat.vendors":["Envío en 24 horas"]}, status: 'pass', en: "live-chat widgets is Envío en 24 horas; expected at least one", es: "widgets de chat en línea es Envío en 24 horas; se espera al menos uno" },
    { evidence: {"site.chat.vendors":[]}, status: 'fail', en: "live-chat widgets is none; expected at least one", es: "widgets de chat en línea es ninguno; se espera al menos uno" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.chat.vendors)", es: "no se sondeó el sitio (site.chat.vendors)" },
  ],
  'channels.whatsapp-linked': [
    { name: "the declared line is shown", evidence: {"site.contact.whatsapp":["+573001234567"]}, status: 'pass', en: "all 1 declared whatsapp contacts are shown on the site", es: "los 1 contactos whatsapp declarados aparecen en el sitio" },
    { name: "the declared line is not shown", evidence: {"site.contact.whatsapp":["+576019999999"]}, status: 'fail', en: "declared whatsapp +57 300 123 4567 not found on the site (found: +576019999999)", es: "whatsapp declarado +57 300 123 4567 no aparece en el sitio (encontrados: +576019999999)" },
    { name: "no line of that kind is declared", evidence: {"site.contact.whatsapp":[]}, profile: {channels: [{type: "web"}, {type: "whatsapp"}]}, status: 'pass', en: "no whatsapp channel declared", es: "no se declaró canal whatsapp" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.contact.whatsapp)", es: "no se sondeó el sitio (site.contact.whatsapp)" },
    { name: "does not apply", evidence: {"site.contact.whatsapp":["+573001234567"]}, profile: {channels: [{type: "web"}, {type: "email", value: "servicio@tienda.example"}]}, status: 'not-applicable', en: "applies when a whatsapp channel is declared", es: "aplica cuando se declara un canal whatsapp" },
  ],
  'channels.declared-phones-shown': [
    { name: "the declared line is shown", evidence: {"site.contact.phones":["+576015550123"]}, status: 'pass', en: "all 1 declared phone contacts are shown on the site", es: "los 1 contactos phone declarados aparecen en el sitio" },
    { name: "the declared line is not shown", evidence: {"site.contact.phones":["+576019999999"]}, status: 'fail', en: "declared phone +57 601 555 0123 not found on the site (found: +576019999999)", es: "phone declarado +57 601 555 0123 no aparece en el sitio (encontrados: +576019999999)" },
    { name: "no line of that kind is declared", evidence: {"site.contact.phones":[]}, profile: {channels: [{type: "web"}, {type: "phone"}]}, status: 'pass', en: "no phone channel declared", es: "no se declaró canal phone" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.contact.phones)", es: "no se sondeó el sitio (site.contact.phones)" },
    { name: "does not apply", evidence: {"site.contact.phones":["+576015550123"]}, profile: {channels: [{type: "web"}, {type: "email", value: "servicio@tienda.example"}]}, status: 'not-applicable', en: "applies when a phone channel is declared", es: "aplica cuando se declara un canal phone" },
  ],
  'channels.chat-answered-by-advisor': [
    { answer: "advisor-first", status: 'pass', en: "answer: An advisor answers from the start (a bot may only collect the customer's data)", es: "respuesta: Un asesor responde desde el inicio (un bot a lo sumo toma los datos del cliente)" },
    { answer: "bot-with-handover", status: 'partial', en: "answer: A bot answers and hands over to an advisor on request", es: "respuesta: Un bot responde y transfiere a un asesor cuando se le pide" },
    { answer: "bot-only", status: 'fail', en: "answer: Only a bot, with no way to reach a person", es: "respuesta: Solo un bot, sin forma de llegar a una persona" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "advisor-first", profile: {channels: [{type: "web"}, {type: "email", value: "servicio@tienda.example"}]}, status: 'not-applicable', en: "applies when a chat/whatsapp channel is declared", es: "aplica cuando se declara un canal chat/whatsapp" },
  ],
  'channels.phone-staffed-24x7': [
    { name: "around the clock", answer: 168, status: 'pass', en: "hours a week answered by people is 168; target ≥ 168", es: "horas a la semana atendidas por personas es 168; meta ≥ 168" },
    { name: "every day 7:00-21:00", answer: 98, status: 'partial', en: "hours a week answered by people is 98; target ≥ 168", es: "horas a la semana atendidas por personas es 98; meta ≥ 168" },
    { name: "office hours", answer: 50, status: 'partial', en: "hours a week answered by people is 50; target ≥ 168", es: "horas a la semana atendidas por personas es 50; meta ≥ 168" },
    { name: "only an IVR", answer: 0, status: 'fail', en: "hours a week answered by people is 0; target ≥ 168", es: "horas a la semana atendidas por personas es 0; meta ≥ 168" },
    { answer: {"status":"dont-know"}, status: 'unknown', en: "answered \"don't know\"", es: "respondida \"no sabe\"" },
    { name: "does not apply", answer: 168, profile: {channels:[{type:"web"},{type:"email",value:"a@b.example"}]}, status: 'not-applicable', en: "applies when a phone/callcentre channel is declared", es: "aplica cuando se declara un canal phone/callcentre" },
  ],
  'channels.calls-not-busy': [
    { evidence: {"data.calls.abandonRate":0.05}, status: 'pass', en: "abandoned calls is 5 %; target ≤ 5 %", es: "llamadas abandonadas es 5 %; meta ≤ 5 %" },
    { evidence: {"data.calls.abandonRate":0.125}, status: 'partial', en: "abandoned calls is 12.5 %; target ≤ 5 %", es: "llamadas abandonadas es 12,5 %; meta ≤ 5 %" },
    { evidence: {"data.calls.abandonRate":0.2}, status: 'fail', en: "abandoned calls is 20 %; target ≤ 5 %", es: "llamadas abandonadas es 20 %; meta ≤ 5 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.calls.abandonRate", es: "ninguna exportación de datos aporta data.calls.abandonRate" },
    { name: "does not apply", evidence: {"data.calls.abandonRate":0.05}, profile: {channels: [{type: "web"}, {type: "email", value: "servicio@tienda.example"}]}, status: 'not-applicable', en: "applies when a phone/callcentre channel is declared", es: "aplica cuando se declara un canal phone/callcentre" },
  ],
  'channels.email-service-standard': [
    { answer: "ninety-plus-within-target", status: 'pass', en: "answer: 90 % or more within a target of one business day or less", es: "respuesta: El 90 % o más dentro de una meta de un día hábil o menos" },
    { answer: "most-within-target", status: 'partial', en: "answer: 60 % to 90 % within the target", es: "respuesta: Entre el 60 % y el 90 % dentro de la meta" },
    { answer: "not-measured", status: 'fail', en: "answer: There is no target, or compliance is not measured", es: "respuesta: No hay meta, o no se mide su cumplimiento" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'channels.complaints-online': [
    { evidence: {"site.forms.complaints":true}, status: 'pass', en: "online complaint (PQRS) form is yes; expected yes", es: "formulario de PQRS en línea es sí; se espera sí" },
    { evidence: {"site.forms.complaints":false}, status: 'fail', en: "online complaint (PQRS) form is no; expected yes", es: "formulario de PQRS en línea es no; se espera sí" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.forms.complaints)", es: "no se sondeó el sitio (site.forms.complaints)" },
  ],
  'channels.call-centre-resolves': [
    { answer: "resolves-in-call", status: 'pass', en: "answer: The advisor can resolve the usual failures during the call", es: "respuesta: El asesor puede resolver las fallas habituales durante la llamada" },
    { answer: "logs-and-escalates", status: 'partial', en: "answer: The advisor only logs a case for another area to solve later", es: "respuesta: El asesor solo registra un caso para que otra área lo resuelva después" },
    { answer: "no-line", status: 'fail', en: "answer: There is no call-centre line", es: "respuesta: No hay línea de centro de contacto" },
    { answer: {status: "skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
  ],
  'channels.service-hours-247': [
    { evidence: {"site.hours.coverage247":1}, status: 'pass', en: "weekly hours covered by published service hours is 100 %; target ≥ 100 %", es: "horas semanales cubiertas por el horario publicado es 100 %; meta ≥ 100 %" },
    { evidence: {"site.hours.coverage247":0.625}, status: 'partial', en: "weekly hours covered by published service hours is 62.5 %; target ≥ 100 %", es: "horas semanales cubiertas por el horario publicado es 62,5 %; meta ≥ 100 %" },
    { evidence: {"site.hours.coverage247":0.25}, status: 'fail', en: "weekly hours covered by published service hours is 25 %; target ≥ 100 %", es: "horas semanales cubiertas por el horario publicado es 25 %; meta ≥ 100 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.hours.coverage247)", es: "no se sondeó el sitio (site.hours.coverage247)" },
  ],
  'channels.site-available': [
    { evidence: {"site.availability.successRate":0.99}, status: 'pass', en: "successful availability samples is 99 %; target ≥ 99 %", es: "muestras de disponibilidad exitosas es 99 %; meta ≥ 99 %" },
    { evidence: {"site.availability.successRate":0.9450000000000001}, status: 'partial', en: "successful availability samples is 94.5 %; target ≥ 99 %", es: "muestras de disponibilidad exitosas es 94,5 %; meta ≥ 99 %" },
    { evidence: {"site.availability.successRate":0.9}, status: 'fail', en: "successful availability samples is 90 %; target ≥ 99 %", es: "muestras de disponibilidad exitosas es 90 %; meta ≥ 99 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.availability.successRate)", es: "no se sondeó el sitio (site.availability.successRate)" },
  ],
  'channels.declared-channels-visible': [
    { evidence: {"site.channels.declaredFoundShare":1}, status: 'pass', en: "declared channels found on the site is 100 %; target ≥ 100 %", es: "canales declarados encontrados en el sitio es 100 %; meta ≥ 100 %" },
    { evidence: {"site.channels.declaredFoundShare":0.75}, status: 'partial', en: "declared channels found on the site is 75 %; target ≥ 100 %", es: "canales declarados encontrados en el sitio es 75 %; meta ≥ 100 %" },
    { evidence: {"site.channels.declaredFoundShare":0.5}, status: 'fail', en: "declared channels found on the site is 50 %; target ≥ 100 %", es: "canales declarados encontrados en el sitio es 50 %; meta ≥ 100 %" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "the site was not probed (site.channels.declaredFoundShare)", es: "no se sondeó el sitio (site.channels.declaredFoundShare)" },
  ],
  'channels.call-wait-p90': [
    { evidence: {"data.calls.waitP90":20000}, status: 'pass', en: "p90 wait before a person answers is 20 s; target ≤ 20 s", es: "p90 de espera antes de que conteste una persona es 20 s; meta ≤ 20 s" },
    { evidence: {"data.calls.waitP90":100000}, status: 'partial', en: "p90 wait before a person answers is 1 min 40 s; target ≤ 20 s", es: "p90 de espera antes de que conteste una persona es 1 min 40 s; meta ≤ 20 s" },
    { evidence: {"data.calls.waitP90":180000}, status: 'fail', en: "p90 wait before a person answers is 3 min; target ≤ 20 s", es: "p90 de espera antes de que conteste una persona es 3 min; meta ≤ 20 s" },
    { name: "no evidence", evidence: {}, status: 'unknown', en: "no data export provides data.calls.waitP90", es: "ninguna exportación de datos aporta data.calls.waitP90" },
    { name: "does not apply", evidence: {"data.calls.waitP90":20000}, profile: {channels: [{type: "web"}, {type: "email", value: "servicio@tienda.example"}]}, status: 'not-applicable', en: "applies when a phone/callcentre channel is declared", es: "aplica cuando se declara un canal phone/callcentre" },
  ],
  'channels.corporate-whatsapp': [
    { answer: "platform-logged", status: 'pass', en: "answer: Corporate numbers on the WhatsApp Business Platform, every conversation recorded in the case system", es: "respuesta: Números corporativos en la plataforma WhatsApp Business, cada conversación registrada en el sistema de casos" },
    { answer: "business-app-shared", status: 'partial', en: "answer: The WhatsApp Business app on shared corporate phones, not recorded in the case system", es: "respuesta: La app WhatsApp Business en teléfonos corporativos compartidos, sin registro en el sistema de casos" },
    { answer: "personal-phones", status: 'fail', en: "answer: Advisors' personal phones", es: "respuesta: Los teléfonos personales de los asesores" },
    { answer: {"status":"skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "personal-phones", profile: {channels:[{type:"web"},{type:"phone",value:"+57 601 555 0123"}]}, status: 'not-applicable', en: "applies when a whatsapp channel is declared", es: "aplica cuando se declara un canal whatsapp" },
  ],
  'channels.wait-announcement': [
    { answer: "wait-and-callback", status: 'pass', en: "answer: The expected wait or position in the queue, and a callback that keeps the turn", es: "respuesta: El tiempo estimado o el puesto en la cola, y una devolución de llamada que conserva el turno" },
    { answer: "one-of-them", status: 'partial', en: "answer: One of the two: the expected wait, or a callback", es: "respuesta: Una de las dos: el tiempo estimado, o la devolución de llamada" },
    { answer: "music-only", status: 'fail', en: "answer: Music or messages only, without the wait or a callback", es: "respuesta: Solo música o mensajes, sin la espera ni devolución de llamada" },
    { answer: {"status":"skipped"}, status: 'unknown', en: "question skipped", es: "pregunta omitida" },
    { name: "does not apply", answer: "music-only", profile: {channels:[{type:"web"},{type:"email",value:"a@b.example"}]}, status: 'not-applicable', en: "applies when a phone/callcentre channel is declared", es: "aplica cuando se declara un canal phone/callcentre" },
  ],
} satisfies CaseTable;
