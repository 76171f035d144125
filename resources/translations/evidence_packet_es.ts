<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Assistant</name>
        <message>
            <source>Spanish</source>
            <translation type="vanished">Español</translation>
        </message>
    </context>
    <context>
        <name>AssistantUi</name>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="204" />
            <source>&amp;Accept suggestion</source>
            <translation>&amp;Aceptar la sugerencia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="234" />
            <source>&amp;Chronology</source>
            <translation>&amp;Cronología</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="221" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="213" />
            <source>&amp;Not a translation</source>
            <translation>&amp;No es una traducción</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="214" />
            <source>&amp;Translator…</source>
            <translation>&amp;Traductor…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="210" />
            <source>Accept all &amp;sure suggestions</source>
            <translation>Aceptar todas las sugerencias &amp;seguras</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="319" />
            <source>Accept the suggestion for “{title}”</source>
            <translation>Aceptar la sugerencia para «{title}»</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="321" />
            <source>Accept {n} suggestions</source>
            <translation>Aceptar {n} sugerencias</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="372" />
            <source>Add the original document first.</source>
            <translation>Primero agregue el documento original.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="195" />
            <source>Chronology</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="218" />
            <source>Documents the assistant is at least 95 % sure about are filed for you; you can still move them</source>
            <translation>Los documentos de los que el asistente está seguro al menos en un 95 % se ponen en su pestaña automáticamente; usted todavía puede moverlos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="211" />
            <source>File every document the assistant is sure about; you can undo it</source>
            <translation>Poner en su pestaña cada documento del que el asistente está seguro; puede deshacerlo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="205" />
            <source>File the selected documents where the assistant suggests</source>
            <translation>Poner los documentos seleccionados donde sugiere el asistente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="217" />
            <source>File very sure suggestions &amp;automatically</source>
            <translation>Poner automáticamente las sugerencias muy segu&amp;ras</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="334" />
            <source>Filed {n} document(s) as the assistant suggested. Undo (Ctrl+Z) takes it back.</source>
            <translation>Se pusieron {n} documento(s) donde sugirió el asistente. Deshacer (Ctrl+Z) lo revierte.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="212" />
            <source>Is a &amp;translation of…</source>
            <translation>Es una &amp;traducción de…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="231" />
            <source>Let the assistant tell</source>
            <translation>Que lo decida el asistente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="395" />
            <source>Pair “{title}” with its original</source>
            <translation>Emparejar «{title}» con su original</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="415" />
            <source>Set the language of “{title}”</source>
            <translation>Cambiar el idioma de «{title}»</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="379" />
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="444" />
            <source>Translator saved.</source>
            <translation>Traductor guardado.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="406" />
            <source>Unpair the translation “{title}”</source>
            <translation>Separar la traducción «{title}»</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="215" />
            <source>Who certifies the translations</source>
            <translation>Quién certifica las traducciones</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="380" />
            <source>“{title}” is the English translation of:</source>
            <translation>«{title}» es la traducción al inglés de:</translation>
        </message>
    </context>
    <context>
        <name>BoardEdits</name>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="123" />
            <source>Change the date of “{title}”</source>
            <translation>Cambiar la fecha de «{title}»</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="136" />
            <source>Change the order of the tabs</source>
            <translation>Cambiar el orden de las pestañas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="78" />
            <source>File {n} documents under {tab}</source>
            <translation>Poner {n} documentos en {tab}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="75" />
            <source>File “{title}” under {tab}</source>
            <translation>Poner «{title}» en {tab}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="162" />
            <location filename="../../desktop_app/gui/board_edits.py" line="171" />
            <source>Leave page out</source>
            <translation>Dejar fuera la página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="169" />
            <source>Leave the blank pages out</source>
            <translation>Dejar fuera las páginas en blanco</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="73" />
            <source>Move {n} documents</source>
            <translation>Mover {n} documentos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="71" />
            <source>Move “{title}”</source>
            <translation>Mover «{title}»</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="48" />
            <source>Not yet filed</source>
            <translation>Sin pestaña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="162" />
            <source>Put page back in</source>
            <translation>Volver a incluir la página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="117" />
            <source>Rename “{old}”</source>
            <translation>Cambiar el nombre de «{old}»</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="158" />
            <source>Rotate page left</source>
            <translation>Girar la página a la izquierda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="158" />
            <source>Rotate page right</source>
            <translation>Girar la página a la derecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board_edits.py" line="152" />
            <source>Sort {tab} by date</source>
            <translation>Ordenar {tab} por fecha</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="244" />
            <source>Assistant</source>
            <translation>Asistente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/models.py" line="312" />
            <source>Correspondence (%n) — not in the packet</source>
            <translation>
                <numerusform>Correspondencia (%n): no va en el paquete</numerusform>
                <numerusform>Correspondencia (%n): no va en el paquete</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="310" />
            <source>Correspondence — notices you received go here (not in the packet)</source>
            <translation>Correspondencia: aquí van los avisos que recibió (no van en el paquete)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="243" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="401" />
            <source>Date: {date}</source>
            <translation>Fecha: {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="402" />
            <source>Date: {date}? Check it</source>
            <translation>Fecha: ¿{date}? Revísela</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="243" />
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="298" />
            <source>Drag documents here to file them under {tab}. Drag the tab up or down to change the order of the packet.</source>
            <translation>Arrastre documentos aquí para ponerlos en {tab}. Arrastre la pestaña hacia arriba o hacia abajo para cambiar el orden del paquete.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="243" />
            <source>Exhibit</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="411" />
            <source>File: {name}</source>
            <translation>Archivo: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="404" />
            <source>Language: {language}</source>
            <translation>Idioma: {language}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="378" />
            <source>Needs your review</source>
            <translation>Necesita su revisión</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="292" />
            <source>New documents land here. Drag each one onto the tab it belongs to, or use Document ▸ File under.</source>
            <translation>Los documentos nuevos llegan aquí. Arrastre cada uno a la pestaña que le corresponde, o use Documento ▸ Poner en.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="306" />
            <source>Not yet filed</source>
            <translation>Sin pestaña</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/models.py" line="307" />
            <source>Not yet filed (%n) — drag each to its tab</source>
            <translation>
                <numerusform>Sin pestaña (%n): arrástrelo a su pestaña</numerusform>
                <numerusform>Sin pestaña (%n): arrástrelos a su pestaña</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="295" />
            <source>Notices and letters you received (from the agency, the court...): kept with the case and searchable, but not put in the packet. Drag one onto a tab to include it.</source>
            <translation>Avisos y cartas que recibió (de la agencia, del tribunal...): se guardan con el caso y se pueden buscar, pero no van en el paquete. Arrastre uno a una pestaña para incluirlo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="243" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="407" />
            <source>Press A to accept, or drag it to another tab.</source>
            <translation>Pulse A para aceptar, o arrástrelo a otra pestaña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="414" />
            <source>Problems:</source>
            <translation>Problemas:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="244" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="393" />
            <source>This document is in {language}. The packet needs a certified English translation: add the translation, then use Document ▸ Is a translation of…</source>
            <translation>Este documento está en {language}. El paquete necesita una traducción certificada al inglés: agregue la traducción y luego use Documento ▸ Es una traducción de…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="382" />
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="399" />
            <source>Type: {type}</source>
            <translation>Tipo: {type}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="384" />
            <source>{language}: needs a translation</source>
            <translation>{language}: necesita traducción</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/models.py" line="315" />
            <source>{tab} (%n)</source>
            <translation>
                <numerusform>{tab} (%n)</numerusform>
                <numerusform>{tab} (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="314" />
            <source>{tab} — empty: drag documents here</source>
            <translation>{tab}: vacía, arrastre documentos aquí</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="379" />
            <source>→ {tab} ({percent} %)</source>
            <translation>→ {tab} ({percent} %)</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../desktop_app/gui/board.py" line="24" />
            <source>Documents by tab</source>
            <translation>Documentos por pestaña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/board.py" line="26" />
            <source>Each tab of the packet with its documents. Drag a document to another tab, press F2 to rename it, Delete to remove it.</source>
            <translation>Cada pestaña del paquete con sus documentos. Arrastre un documento a otra pestaña, pulse F2 para cambiarle el nombre o Supr para quitarlo.</translation>
        </message>
    </context>
    <context>
        <name>CaseForm</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="67" />
            <source>&amp;A-number:</source>
            <translation>Número &amp;A:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="72" />
            <source>&amp;E-mail:</source>
            <translation>&amp;Correo electrónico:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="75" />
            <source>&amp;Key factors:</source>
            <translation>&amp;Factores clave:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="71" />
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="73" />
            <source>&amp;Representative:</source>
            <translation>&amp;Representante:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="70" />
            <source>A&amp;ddress:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="66" />
            <source>Applicant's full &amp;name:</source>
            <translation>&amp;Nombre completo del solicitante:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="50" />
            <source>Attorney or accredited representative (optional)</source>
            <translation>Abogado o representante acreditado (opcional)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="31" />
            <source>Case details</source>
            <translation>Datos del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="57" />
            <source>Choose one, or type what is asked for.</source>
            <translation>Elija uno, o escriba lo que se pide.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="68" />
            <source>Date of &amp;birth:</source>
            <translation>Fec&amp;ha de nacimiento:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="56" />
            <source>Deferred action</source>
            <translation>Acción diferida</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="61" />
            <source>In a few sentences: years in the U.S., family here, work, health, community ties — why discretion is deserved.</source>
            <translation>En pocas frases, en inglés: años en EE. UU., familia aquí, trabajo, salud, lazos con la comunidad; por qué merece la discreción.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="69" />
            <source>In the U.S. &amp;since:</source>
            <translation>En &amp;EE. UU. desde:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="31" />
            <source>New case</source>
            <translation>Nuevo caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="55" />
            <source>Prosecutorial discretion</source>
            <translation>Discreción procesal</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="74" />
            <source>Relief &amp;sought:</source>
            <translation>Alivio &amp;solicitado:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="33" />
            <source>These details go on the packet's cover sheet. Only the applicant's name is needed now; you can fill in the rest later.</source>
            <translation>Estos datos van en la portada del paquete. Ahora solo hace falta el nombre del solicitante; puede completar lo demás después.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="40" />
            <source>e.g. 1986-03-14</source>
            <translation>p. ej., 1986-03-14</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="42" />
            <source>e.g. 2014-06-01 (the review looks for proof of each year since)</source>
            <translation>p. ej., 2014-06-01 (la revisión busca pruebas de cada año desde entonces)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/case_form.py" line="38" />
            <source>e.g. A-123-456-789 (if there is one)</source>
            <translation>p. ej., A-123-456-789 (si lo tiene)</translation>
        </message>
    </context>
    <context>
        <name>CaseTools</name>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="91" />
            <source>&amp;Check the data folder…</source>
            <translation>Re&amp;visar la carpeta de datos…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="101" />
            <source>&amp;Open case archive…</source>
            <translation>Abr&amp;ir una copia del caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="85" />
            <source>&amp;Packets filed…</source>
            <translation>&amp;Paquetes presentados…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="116" />
            <source>&amp;Review the case</source>
            <translation>&amp;Revisar el caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="102" />
            <source>Bring in a case saved as an archive</source>
            <translation>Traer un caso guardado como copia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="92" />
            <source>Check every stored original against its fingerprint and the database's integrity</source>
            <translation>Comprobar cada original guardado contra su huella digital, y la integridad de la base de datos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="89" />
            <source>Dates to answer or file by, with reminders</source>
            <translation>Fechas límite para responder o presentar, con recordatorios</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="104" />
            <source>De&amp;lete case…</source>
            <translation>&amp;Borrar el caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="88" />
            <source>Dead&amp;lines…</source>
            <translation>Pla&amp;zos…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="86" />
            <source>Every packet exported for this case, with a kept copy of each</source>
            <translation>Cada paquete exportado para este caso, con una copia guardada de cada uno</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="191" />
            <source>Opened {path}</source>
            <translation>Se abrió {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="105" />
            <source>Remove the case, its files and its history from this computer</source>
            <translation>Quitar de esta computadora el caso, sus archivos y su historial</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="112" />
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="97" />
            <source>Save case a&amp;rchive…</source>
            <translation>Guardar una c&amp;opia del caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="98" />
            <source>The whole case in one file (optionally protected by a passphrase), to back it up or hand it to a colleague</source>
            <translation>Todo el caso en un solo archivo (protegido con una frase de contraseña, si quiere), para respaldarlo o entregárselo a un colega</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="121" />
            <source>What a reviewer could object to: gaps, old or unreadable pages, missing translations</source>
            <translation>Lo que un revisor podría objetar: huecos, páginas viejas o ilegibles, traducciones que faltan</translation>
        </message>
    </context>
    <context>
        <name>CasesController</name>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="88" />
            <source>&lt;b&gt;No case open.&lt;/b&gt; Drop files to start one.</source>
            <translation>&lt;b&gt;No hay ningún caso abierto.&lt;/b&gt; Suelte archivos aquí para empezar uno.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="46" />
            <location filename="../../desktop_app/gui/cases.py" line="168" />
            <source>Case details…</source>
            <translation>Datos del caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="47" />
            <source>Edit the case details</source>
            <translation>Modificar los datos del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="89" />
            <source>New case…</source>
            <translation>Nuevo caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="69" />
            <source>No case yet</source>
            <translation>Todavía no hay casos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="55" />
            <source>Open case</source>
            <translation>Abrir un caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="56" />
            <source>The case you are working on</source>
            <translation>El caso en el que está trabajando</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="171" />
            <source>{name} — Evidence Packet</source>
            <translation>{name} — Evidence Packet</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="443" />
            <source>&amp;Current passphrase:</source>
            <translation>Frase de contraseña &amp;actual:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="448" />
            <source>C&amp;hange</source>
            <translation>Cam&amp;biar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="433" />
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="471" />
            <source>Changing the passphrase</source>
            <translation>Cambiando la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="468" />
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="441" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="437" />
            <source>The cases stay as they are; from now on, the new passphrase opens them and the current one no longer does.</source>
            <translation>Los casos quedan como están; desde ahora, la nueva frase de contraseña los abre y la actual ya no.</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/check.py" line="67" />
            <source>%n problem(s) need your attention.</source>
            <translation>
                <numerusform>%n problema necesita su atención.</numerusform>
                <numerusform>%n problemas necesitan su atención.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/check.py" line="71" />
            <source>All is well. %n leftover(s) of an interrupted task were tidied up.</source>
            <translation>
                <numerusform>Todo está bien. Se limpió %n resto de una tarea interrumpida.</numerusform>
                <numerusform>Todo está bien. Se limpiaron %n restos de una tarea interrumpida.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="75" />
            <source>All is well: every stored file matches its checksum and the database is sound.</source>
            <translation>Todo está bien: cada archivo guardado coincide con su suma de control y la base de datos está sana.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="44" />
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="38" />
            <source>Check the data folder</source>
            <translation>Revisar la carpeta de datos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="41" />
            <source>Checking every stored file against its checksum, and the database…</source>
            <translation>Comprobando cada archivo guardado contra su suma de control, y la base de datos…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="60" />
            <source>Repaired; nothing to do.</source>
            <translation>Reparado; no hay nada que hacer.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="45" />
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="44" />
            <source>What was found</source>
            <translation>Lo que se encontró</translation>
        </message>
    </context>
    <context>
        <name>ChronologyView</name>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="148" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="148" />
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="148" />
            <source>Exhibit</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="167" />
            <source>Give it a date with Edit ▸ Change date (Ctrl+D)</source>
            <translation>Póngale una fecha con Editar ▸ Cambiar la fecha (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="149" />
            <source>Tab</source>
            <translation>Pestaña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="144" />
            <source>The documents in date order</source>
            <translation>Los documentos por fecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="163" />
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
    </context>
    <context>
        <name>CitationEdit</name>
        <message>
            <location filename="../../desktop_app/gui/citations.py" line="307" />
            <source>Backspace removes the citation.</source>
            <translation>La tecla de retroceso borra la cita.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/citations.py" line="253" />
            <source>Citation: {label}</source>
            <translation>Cita: {label}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/citations.py" line="305" />
            <source>“{title}”. Citations follow the exhibits when they are reordered; Backspace removes one.</source>
            <translation>“{title}”. Las citas siguen a los anexos cuando se reordenan; la tecla de retroceso borra una.</translation>
        </message>
    </context>
    <context>
        <name>Citations</name>
        <message>
            <location filename="../../desktop_app/gui/citations.py" line="81" />
            <source>(document {id})</source>
            <translation>(documento {id})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/citations.py" line="80" />
            <source>{label}, p. {page}</source>
            <translation>{label}, p. {page}</translation>
        </message>
    </context>
    <context>
        <name>CitePicker</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="61" />
            <source>&amp;Page:</source>
            <translation>&amp;Página:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="90" />
            <source>Cite</source>
            <translation>Citar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="37" />
            <source>Cite a document</source>
            <translation>Citar un documento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="48" />
            <source>Documents of the case</source>
            <translation>Documentos del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="80" />
            <source>Documents shown in grey are not in the packet: a citation of one stops the export until it is filed under a tab.</source>
            <translation>Los documentos en gris no están en el paquete: citar uno detiene la exportación hasta que se archive bajo una pestaña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="51" />
            <source>Exhibit</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="42" />
            <source>Find a document</source>
            <translation>Buscar un documento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="188" />
            <source>It will read: {label}</source>
            <translation>Se leerá: {label}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="124" />
            <source>Not in the packet: file it under a tab before exporting, or the export stops.</source>
            <translation>No está en el paquete: archívelo bajo una pestaña antes de exportar, o la exportación se detiene.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="64" />
            <source>Page of the document</source>
            <translation>Página del documento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="51" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="59" />
            <source>The &amp;whole document</source>
            <translation>El documento &amp;completo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="84" />
            <source>This case has no documents yet: add the documents first, then cite them.</source>
            <translation>Este caso aún no tiene documentos: agréguelos primero y luego cítelos.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="51" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="41" />
            <source>Type to find a document by title or exhibit</source>
            <translation>Escriba para buscar un documento por título o anexo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="114" />
            <source>not in the packet</source>
            <translation>no está en el paquete</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/cite_picker.py" line="175" />
            <source>of %n</source>
            <translation>
                <numerusform>de %n</numerusform>
                <numerusform>de %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoverLetterDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="91" />
            <source>&amp;Add a cover letter to the packet</source>
            <translation>&amp;Agregar una carta de presentación al paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="115" />
            <source>&amp;Draft again from the case…</source>
            <translation>Redactar de &amp;nuevo a partir del caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="134" />
            <source>&amp;Favorable factors:</source>
            <translation>Factores &amp;favorables:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="105" />
            <source>&amp;Next hearing on</source>
            <translation>&amp;Próxima audiencia el</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="124" />
            <source>&amp;Office:</source>
            <translation>&amp;Oficina:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="135" />
            <source>&amp;Unfavorable factors and their explanation:</source>
            <translation>Factores &amp;desfavorables y su explicación:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="86" />
            <source>A letter on top of the packet, to the office that decides: who the applicant is, what is asked, and the reasons for and against. Stating the unfavorable facts with their explanation is stronger than leaving them for the reviewer to find. It is signed as set in Case ▸ Signature and service.</source>
            <translation>Una carta encima del paquete, para la oficina que decide: quién es el solicitante, qué se pide y las razones a favor y en contra. Exponer los hechos desfavorables con su explicación es más sólido que dejar que el revisor los encuentre. Se firma como se indica en Caso ▸ Firma y notificación.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="117" />
            <source>A new draft from the case details, the statement and the exhibits</source>
            <translation>Un nuevo borrador a partir de los datos del caso, la declaración y los anexos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="123" />
            <source>Addressed &amp;to:</source>
            <translation>D&amp;irigida a:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="72" />
            <source>Cover letter</source>
            <translation>Carta de presentación</translation>
        </message>
        <message>
            <source>Draft &amp;again from the case…</source>
            <translation type="vanished">Redactar de &amp;nuevo a partir del caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="203" />
            <source>Drafting the cover letter</source>
            <translation>Redactando la carta de presentación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="126" />
            <source>Hearing:</source>
            <translation>Audiencia:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="96" />
            <source>ICE Office of the Principal Legal Advisor (OPLA)</source>
            <translation>Oficina del Asesor Jurídico Principal de ICE (OPLA)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="98" />
            <source>ICE or USCIS field office</source>
            <translation>Oficina local de ICE o USCIS</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="99" />
            <source>Immigration court</source>
            <translation>Corte de inmigración</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="125" />
            <source>Office's add&amp;ress:</source>
            <translation>Di&amp;rección de la oficina:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="81" />
            <source>Reading the cover letter</source>
            <translation>Leyendo la carta de presentación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="127" />
            <source>Relief &amp;sought:</source>
            <translation>Alivio &amp;solicitado:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="220" />
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="215" />
            <source>Replace the letter's factors and relief with a new draft from the case?</source>
            <translation>¿Reemplazar los factores y el alivio de la carta con un nuevo borrador a partir del caso?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="266" />
            <source>Save the changes to the cover letter?</source>
            <translation>¿Guardar los cambios de la carta de presentación?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="251" />
            <source>Saving the cover letter</source>
            <translation>Guardando la carta de presentación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="218" />
            <source>What you wrote in them is replaced. The office and the hearing date are kept.</source>
            <translation>Lo que escribió en ellos se reemplaza. La oficina y la fecha de la audiencia se conservan.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="114" />
            <source>e.g. A 2016 arrest for driving without a license: the case was closed.</source>
            <translation>p. ej. Un arresto en 2016 por manejar sin licencia: el caso se cerró.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/cover_letter.py" line="103" />
            <source>e.g. ICE OPLA Chicago</source>
            <translation>p. ej. ICE OPLA Chicago</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesDialog</name>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="108" />
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="133" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="207" />
            <source>Deadline added.</source>
            <translation>Plazo agregado.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="235" />
            <source>Deadline removed.</source>
            <translation>Plazo eliminado.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="217" />
            <source>Deadline saved.</source>
            <translation>Plazo guardado.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="76" />
            <location filename="../../desktop_app/gui/deadlines.py" line="87" />
            <source>Deadlines</source>
            <translation>Plazos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="90" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="98" />
            <source>Due date</source>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="124" />
            <source>Due:</source>
            <translation>Vence:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="114" />
            <location filename="../../desktop_app/gui/deadlines.py" line="186" />
            <source>Mark done</source>
            <translation>Marcar como hecho</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="185" />
            <source>Mark not done</source>
            <translation>Marcar como no hecho</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="226" />
            <source>Marked done.</source>
            <translation>Marcado como hecho.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="226" />
            <source>Marked not done.</source>
            <translation>Marcado como no hecho.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="165" />
            <source>No deadlines yet. Add the date a reply or a filing is due; the app reminds you when it nears.</source>
            <translation>Todavía no hay plazos. Agregue la fecha en que vence una respuesta o una presentación; la aplicación se lo recordará cuando se acerque.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="150" />
            <source>Reading the deadlines</source>
            <translation>Leyendo los plazos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="117" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="111" />
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="201" />
            <source>Saving the deadline</source>
            <translation>Guardando el plazo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="90" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="90" />
            <source>What for</source>
            <translation>Para qué</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="105" />
            <source>What the deadline is for</source>
            <translation>Para qué es el plazo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="106" />
            <source>e.g. Reply to the request for evidence</source>
            <translation>p. ej., Responder a la RFE</translation>
        </message>
    </context>
    <context>
        <name>DestinationBox</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="132" />
            <source>(Scanned pages not made smaller yet are guessed.)</source>
            <translation>(Las páginas escaneadas que aún no se han reducido se calculan de forma aproximada.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="41" />
            <source>E-mail to an ICE office (a size you set)</source>
            <translation>Correo electrónico a una oficina de ICE (un tamaño que usted fija)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="126" />
            <source>Expected size: about {size}</source>
            <translation>Tamaño previsto: unos {size}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="40" />
            <source>Immigration Court, EOIR ECAS (25 MB per file)</source>
            <translation>Corte de Inmigración, EOIR ECAS (25 MB por archivo)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="51" />
            <source>Largest file the destination accepts</source>
            <translation>Archivo más grande que acepta el destino</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="56" />
            <source>Largest file:</source>
            <translation>Archivo más grande:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="57" />
            <source>PDF/A (the archival form of PDF)</source>
            <translation>PDF/A (la forma de archivo del PDF)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="43" />
            <source>Paper, Immigration Court (tabs, two-hole punched)</source>
            <translation>Papel, Corte de Inmigración (separadores, dos perforaciones)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="42" />
            <source>Paper, mailed to USCIS (no tabs or staples)</source>
            <translation>Papel, enviado por correo a USCIS (sin separadores ni grapas)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="114" />
            <source>Print it with Case ▸ Print (Ctrl+P).</source>
            <translation>Imprímalo con Caso ▸ Imprimir (Ctrl+P).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="111" />
            <source>Print on Letter paper; each tab's divider on a tab sheet; two-hole punch the packet at the top.</source>
            <translation>Imprima en papel carta; la portadilla de cada pestaña en una hoja con separador; perfore el paquete con dos agujeros arriba.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="109" />
            <source>Print single-sided on Letter paper. Do not use tabs, staples or binding: hold the packet with a clip.</source>
            <translation>Imprima por una sola cara en papel carta. No use separadores, grapas ni encuadernación: sujete el paquete con un clip.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="117" />
            <source>Scanned pages are made smaller (text pages in black and white, pictures in colour), every word kept readable. A packet larger than {mb} MB is cut into parts named …_Part1.pdf, …_Part2.pdf.</source>
            <translation>Las páginas escaneadas se reducen (las de texto en blanco y negro, las imágenes en color) y cada palabra sigue legible. Un paquete de más de {mb} MB se divide en partes llamadas …_Part1.pdf, …_Part2.pdf.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="59" />
            <source>Some courts and agencies ask for PDF/A. Every font is included and the colours are described.</source>
            <translation>Algunas cortes y agencias piden PDF/A. Se incluyen todas las fuentes y se describen los colores.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="39" />
            <source>USCIS online filing (6 MB per file)</source>
            <translation>Presentación en línea a USCIS (6 MB por archivo)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="33" />
            <source>Where is it filed?</source>
            <translation>¿Dónde se presenta?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="37" />
            <source>Where the packet is filed</source>
            <translation>Dónde se presenta el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="128" />
            <source>in about {n} files.</source>
            <translation>en unos {n} archivos.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/destination.py" line="130" />
            <source>in one file.</source>
            <translation>en un solo archivo.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTypes</name>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="50" />
            <source>Academic paper</source>
            <translation>Artículo académico</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="24" />
            <source>Bank statement</source>
            <translation>Estado de cuenta bancario</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="52" />
            <source>Blank form</source>
            <translation>Formulario en blanco</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="39" />
            <source>Correspondence from the agency</source>
            <translation>Correspondencia de la agencia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="53" />
            <source>Course certificate</source>
            <translation>Certificado de un curso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="29" />
            <source>Employer letter</source>
            <translation>Carta del empleador</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="43" />
            <source>Employment application or verification</source>
            <translation>Solicitud o verificación de empleo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="49" />
            <source>Flyer, coupon or menu</source>
            <translation>Volante, cupón o menú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="45" />
            <source>Health insurance card</source>
            <translation>Tarjeta de seguro médico</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="42" />
            <source>Housing or energy assistance</source>
            <translation>Ayuda de vivienda o de energía</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="38" />
            <source>Identity document</source>
            <translation>Documento de identidad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="21" />
            <source>Lease</source>
            <translation>Contrato de arrendamiento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="34" />
            <source>Letter of support</source>
            <translation>Carta de apoyo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="46" />
            <source>Medical claim or bill</source>
            <translation>Reclamo o factura médica</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="31" />
            <source>Medical record</source>
            <translation>Expediente médico</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="41" />
            <source>Mortgage or home ownership</source>
            <translation>Hipoteca o propiedad de vivienda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="40" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="47" />
            <source>Patient form</source>
            <translation>Formulario de paciente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="28" />
            <source>Pay stub</source>
            <translation>Talón de pago</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="33" />
            <source>Prescription or treatment</source>
            <translation>Receta o tratamiento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="25" />
            <source>Proof of address</source>
            <translation>Comprobante de domicilio</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="32" />
            <source>Psychological evaluation</source>
            <translation>Evaluación psicológica</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="48" />
            <source>Receipt or invoice</source>
            <translation>Recibo o factura</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="22" />
            <source>Rent receipt</source>
            <translation>Recibo de renta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="44" />
            <source>Rental application</source>
            <translation>Solicitud de alquiler</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="54" />
            <source>Résumé</source>
            <translation>Currículum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="36" />
            <source>School enrollment</source>
            <translation>Inscripción escolar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="37" />
            <source>School record</source>
            <translation>Expediente escolar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="26" />
            <source>Tax return</source>
            <translation>Declaración de impuestos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="23" />
            <source>Utility bill</source>
            <translation>Factura de servicios</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="51" />
            <source>Vehicle paper</source>
            <translation>Documento del vehículo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="35" />
            <source>Volunteer record</source>
            <translation>Constancia de voluntariado</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="27" />
            <source>W-2</source>
            <translation>Formulario W-2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/type_names.py" line="30" />
            <source>Work authorization</source>
            <translation>Permiso de trabajo</translation>
        </message>
    </context>
    <context>
        <name>EdgeCanvas</name>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="327" />
            <source> at {x:.0f}, {y:.0f}</source>
            <translation> en {x:.0f}, {y:.0f}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="167" />
            <source>Drawing the photo…</source>
            <translation>Dibujando la foto…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="328" />
            <source>Page edges: {corner}{where}</source>
            <translation>Bordes de la página: {corner}{where}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="323" />
            <source>bottom-left corner</source>
            <translation>esquina inferior izquierda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="323" />
            <source>bottom-right corner</source>
            <translation>esquina inferior derecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="322" />
            <source>top-left corner</source>
            <translation>esquina superior izquierda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="322" />
            <source>top-right corner</source>
            <translation>esquina superior derecha</translation>
        </message>
    </context>
    <context>
        <name>EdgeDialog</name>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="339" />
            <source>Adjust page edges</source>
            <translation>Ajustar los bordes de la página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="357" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="343" />
            <source>Drag the round handles onto the corners of the page. Everything outside the outline is left out, and the page is straightened. Keyboard: Tab moves from corner to corner, the arrow keys move it (Shift: faster).</source>
            <translation>Arrastre los círculos hasta las esquinas de la página. Lo que queda fuera del contorno se deja fuera y la página se endereza. Teclado: Tab pasa de una esquina a otra; las flechas la mueven (Mayús: más rápido).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="350" />
            <source>Edges the app found</source>
            <translation>Bordes que encontró la aplicación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="353" />
            <source>Go back to the edges the app found by itself (Reset).</source>
            <translation>Volver a los bordes que encontró la aplicación por sí sola (Restablecer).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="356" />
            <source>Keep the whole photo, nothing cut away.</source>
            <translation>Conservar la foto entera, sin recortar nada.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="354" />
            <source>Whole photo</source>
            <translation>Foto entera</translation>
        </message>
    </context>
    <context>
        <name>EdgesController</name>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="410" />
            <source>Adjust page edges</source>
            <translation>Ajustar los bordes de la página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="485" />
            <source>Check that its file is still readable, then try again. ({reason})</source>
            <translation>Compruebe que su archivo todavía se puede leer y vuelva a intentarlo. ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/edges.py" line="484" />
            <source>The photo could not be shown for adjusting its edges.</source>
            <translation>No se pudo mostrar la foto para ajustar sus bordes.</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="93" />
            <source>&lt;b&gt;New here?&lt;/b&gt; Open a sample case to see what a finished packet looks like: cover sheet, index of exhibits, tabs and numbered pages. It takes about a minute.</source>
            <translation>&lt;b&gt;¿Es nuevo aquí?&lt;/b&gt; Abra un caso de ejemplo para ver cómo queda un paquete terminado: portada, índice de anexos, pestañas y páginas numeradas. Tarda como un minuto.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="73" />
            <source>Add a folder</source>
            <translation>Agregar una carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="72" />
            <source>Add a folder…</source>
            <translation>Agregar una carpeta…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="70" />
            <source>Add files</source>
            <translation>Agregar archivos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="67" />
            <source>Add files…</source>
            <translation>Agregar archivos…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="53" />
            <location filename="../../desktop_app/gui/empty_state.py" line="125" />
            <source>Drag your scans here</source>
            <translation>Arrastre aquí sus escaneos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="123" />
            <source>Drag {name}'s scans here</source>
            <translation>Arrastre aquí los escaneos de {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="130" />
            <source>Everything stays on this computer, encrypted with your passphrase: nothing is uploaded.</source>
            <translation>Todo se queda en esta computadora, cifrado con su frase de contraseña: no se sube nada.</translation>
        </message>
        <message>
            <source>Everything stays on this computer: nothing is uploaded.</source>
            <translation type="vanished">Todo se queda en esta computadora: no se sube nada.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="134" />
            <source>Everything stays on this computer: nothing is uploaded. &lt;a href="protect"&gt;Lock your cases with a passphrase…&lt;/a&gt;</source>
            <translation>Todo se queda en esta computadora: no se sube nada. &lt;a href="protect"&gt;Proteja sus casos con una frase de contraseña…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="97" />
            <location filename="../../desktop_app/gui/empty_state.py" line="99" />
            <location filename="../../desktop_app/gui/empty_state.py" line="140" />
            <source>Open the sample case</source>
            <translation>Abrir el caso de ejemplo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="62" />
            <source>Photos from your phone, scans and PDFs — one file, many, or a whole folder.
Each page is turned upright and read, so you can search and file it.</source>
            <translation>Fotos de su teléfono, escaneos y PDF: un archivo, varios o una carpeta entera.
Cada página se endereza y se lee, para que pueda buscarla y ponerla en su pestaña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/empty_state.py" line="139" />
            <source>Preparing the sample case…</source>
            <translation>Preparando el caso de ejemplo…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="115" />
            <source>%n document(s) not yet filed under a tab will not be in the packet.</source>
            <translation>
                <numerusform>%n documento que aún no está en una pestaña no irá en el paquete.</numerusform>
                <numerusform>%n documentos que aún no están en una pestaña no irán en el paquete.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="251" />
            <source>%n packet(s) filed before; the last on {date} ({pages} pages).</source>
            <translation>
                <numerusform>%n paquete presentado antes; el último el {date} ({pages} páginas).</numerusform>
                <numerusform>%n paquetes presentados antes; el último el {date} ({pages} páginas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="230" />
            <source>A note for the record, e.g. mailed by FedEx</source>
            <translation>Una nota para el registro, p. ej., enviado por FedEx</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="130" />
            <source>A page after the index listing the exhibits in date order.</source>
            <translation>Una página después del índice con los anexos por orden de fecha.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="129" />
            <source>Add a chronology page</source>
            <translation>Agregar una página de cronología</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="429" />
            <source>Add the translations first</source>
            <translation>Primero agregar las traducciones</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="124" />
            <source>Bates prefix</source>
            <translation>Prefijo Bates</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="308" />
            <source>Choose at least one tab to export.</source>
            <translation>Elija al menos una pestaña para exportar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="178" />
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="377" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="156" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="155" />
            <source>Exhibit</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="421" />
            <source>Exhibits without a translation</source>
            <translation>Anexos sin traducción</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="428" />
            <source>Export anyway</source>
            <translation>Exportar de todos modos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="166" />
            <source>Export progress</source>
            <translation>Avance de la exportación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="60" />
            <source>Export the packet</source>
            <translation>Exportar el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="168" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="152" />
            <source>Index of exhibits</source>
            <translation>Índice de anexos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="199" />
            <source>Index of exhibits:</source>
            <translation>Índice de anexos:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="218" />
            <source>Initial request</source>
            <translation>Solicitud inicial</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="485" />
            <source>It could not be recorded: {problem}</source>
            <translation>No se pudo registrar: {problem}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="461" />
            <source>Keeping a copy in the case's record…</source>
            <translation>Guardando una copia en el registro del caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="255" />
            <source>Leave out what was filed before and number the new exhibits after the last ones filed (A-5 after A-4).</source>
            <translation>Dejar fuera lo que ya se presentó y numerar los anexos nuevos después de los últimos presentados (A-5 después de A-4).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="109" />
            <source>No document is filed under this tab yet.</source>
            <translation>Todavía no hay ningún documento en esta pestaña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="442" />
            <source>Not exported: add the translations, then export again.</source>
            <translation>No se exportó: agregue las traducciones y vuelva a exportar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="348" />
            <source>Not in English and without a translation: {exhibits}. Add the translation (Document ▸ Is a translation of…) before filing.</source>
            <translation>No están en inglés y no tienen traducción: {exhibits}. Agregue la traducción (Documento ▸ Es traducción de…) antes de presentar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="231" />
            <source>Note for the record</source>
            <translation>Nota para el registro</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="232" />
            <source>Nothing filed yet for this case.</source>
            <translation>Todavía no se ha presentado nada en este caso.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="226" />
            <source>Nothing has been filed for this case yet.</source>
            <translation>Todavía no se ha presentado nada en este caso.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="120" />
            <source>Number every page Bates-style, with the prefix:</source>
            <translation>Numerar cada página al estilo Bates, con el prefijo:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="222" />
            <source>Only documents not filed yet, continuing the exhibit numbering</source>
            <translation>Solo los documentos aún no presentados, continuando la numeración de los anexos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="172" />
            <source>Open packet</source>
            <translation>Abrir el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="119" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="392" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="156" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="311" />
            <source>Preparing the index</source>
            <translation>Preparando el índice</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="412" />
            <source>Preparing the packet</source>
            <translation>Preparando el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="85" />
            <source>Reading the filings</source>
            <translation>Leyendo las presentaciones</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="481" />
            <source>Recorded as filing {n}; a copy is kept with the case.</source>
            <translation>Registrado como presentación {n}; se guarda una copia con el caso.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="465" />
            <source>Recording the filing</source>
            <translation>Registrando la presentación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="219" />
            <source>Response to a request for evidence</source>
            <translation>Respuesta a una solicitud de evidencia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="88" />
            <source>Reviewing the case</source>
            <translation>Revisando el caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="391" />
            <source>Save the packet as</source>
            <translation>Guardar el paquete como</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="175" />
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="69" />
            <source>Something went wrong while writing the packet. Nothing was lost; try again.</source>
            <translation>Algo salió mal al escribir el paquete. No se perdió nada; inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="377" />
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="220" />
            <source>Supplement</source>
            <translation>Complemento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="155" />
            <source>Tab</source>
            <translation>Pestaña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="99" />
            <source>Tabs in the packet</source>
            <translation>Pestañas del paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="70" />
            <source>The export was stopped.</source>
            <translation>Se detuvo la exportación.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="474" />
            <source>The packet is ready in {n} files ({pages} pages): {files}.</source>
            <translation>El paquete está listo en {n} archivos ({pages} páginas): {files}.</translation>
        </message>
        <message>
            <source>The packet is ready: {path} ({n} pages).</source>
            <translation type="vanished">El paquete está listo: {path} ({n} páginas).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="478" />
            <source>The packet is ready: {path} ({n} pages, {size}).</source>
            <translation>El paquete está listo: {path} ({n} páginas, {size}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="354" />
            <source>The review found %n problem(s):</source>
            <translation>
                <numerusform>La revisión encontró %n problema:</numerusform>
                <numerusform>La revisión encontró %n problemas:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="422" />
            <source>These exhibits are not in English and have no English translation:
{names}

A filing needs a complete translation of each, with the translator's certificate (8 CFR 103.2(b)(3)). Export anyway?</source>
            <translation>Estos anexos no están en inglés y no tienen traducción al inglés:
{names}

Una presentación necesita la traducción completa de cada uno, con el certificado del traductor (8 CFR 103.2(b)(3)). ¿Exportar de todos modos?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="236" />
            <source>This packet is:</source>
            <translation>Este paquete es:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="155" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="217" />
            <source>What the packet is for</source>
            <translation>Para qué es el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="410" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="284" />
            <source>e.g. {first}</source>
            <translation>p. ej., {first}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="336" />
            <source>{exhibits} exhibit(s), {pages} page(s) of evidence, plus the cover sheet, the index and a divider for each tab.</source>
            <translation>{exhibits} anexo(s), {pages} página(s) de pruebas, más la portada, el índice y un separador para cada pestaña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="386" />
            <source>{name} - evidence packet - {date}.pdf</source>
            <translation>{name} - paquete de pruebas - {date}.pdf</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="104" />
            <source>{tab} (%n document(s))</source>
            <translation>
                <numerusform>{tab} (%n documento)</numerusform>
                <numerusform>{tab} (%n documentos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (Review the case, Ctrl+R).</source>
            <translation type="vanished">
                <numerusform>… y %n más (Revisar el caso, Ctrl+R).</numerusform>
                <numerusform>… y %n más (Revisar el caso, Ctrl+R).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/export_dialog.py" line="357" />
            <source>… and %n more (Review the case, F7).</source>
            <translation>
                <numerusform>… y %n más (Revisar el caso, F7).</numerusform>
                <numerusform>… y %n más (Revisar el caso, F7).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilingsDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="124" />
            <source>%n packet(s) filed. Each is kept in the data folder exactly as it was written.</source>
            <translation>
                <numerusform>%n paquete presentado. Cada uno se guarda en la carpeta de datos tal como se escribió.</numerusform>
                <numerusform>%n paquetes presentados. Cada uno se guarda en la carpeta de datos tal como se escribió.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="84" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="201" />
            <source>Copied to {path}.</source>
            <translation>Copiado en {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="188" />
            <source>Copy the filed packet to</source>
            <translation>Copiar el paquete presentado en</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="81" />
            <source>Copy to…</source>
            <translation>Copiar en…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="197" />
            <source>Copying the packet</source>
            <translation>Copiando el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="57" />
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="69" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="69" />
            <source>Exhibit</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="93" />
            <source>Exhibits in this packet:</source>
            <translation>Anexos de este paquete:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="66" />
            <source>Exhibits of the selected packet</source>
            <translation>Anexos del paquete seleccionado</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="166" />
            <source>Finding the packet</source>
            <translation>Buscando el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="173" />
            <source>No program to show PDF files was found. The packet is kept at {path}.</source>
            <translation>No se encontró ningún programa para ver archivos PDF. El paquete está en {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="57" />
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="58" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="128" />
            <source>Nothing filed yet. Every packet you export is recorded here, with a copy kept.</source>
            <translation>Todavía no se ha presentado nada. Cada paquete que exporte queda registrado aquí, con una copia.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="78" />
            <source>Open packet</source>
            <translation>Abrir el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="171" />
            <source>Opened {name}.</source>
            <translation>Se abrió {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="188" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="43" />
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="54" />
            <source>Packets filed</source>
            <translation>Paquetes presentados</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="58" />
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="70" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="57" />
            <source>Purpose</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="106" />
            <source>Reading the filings</source>
            <translation>Leyendo las presentaciones</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="58" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="69" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/filings.py" line="179" />
            <source>{name} - filed {date} - {purpose}.pdf</source>
            <translation>{name} - presentado {date} - {purpose}.pdf</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="85" />
            <source>Dismissed: {reason}</source>
            <translation>Descartado: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="67" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="68" />
            <source>Tip</source>
            <translation>Consejo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="67" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="79" />
            <source>{message} (dismissed: {reason})</source>
            <translation>{message} (descartado: {reason})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="94" />
            <source>{severity} ({code}). Double-click or press Enter to open the document.</source>
            <translation>{severity} ({code}). Haga doble clic o pulse Intro para abrir el documento.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="40" />
            <source>&lt;b&gt;Add your papers.&lt;/b&gt; Drag scans, phone photos or PDFs onto the window, or use Case ▸ Add files (Ctrl+O). A case is started for you.</source>
            <translation>&lt;b&gt;Agregue sus papeles.&lt;/b&gt; Arrastre escaneos, fotos del teléfono o PDF a la ventana, o use Caso ▸ Agregar archivos (Ctrl+O). Se crea un caso para usted.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="47" />
            <source>&lt;b&gt;Check the pages.&lt;/b&gt; Rotate them (Ctrl+L, Ctrl+R), leave out the ones that do not belong, and black out what must not be seen (Page ▸ Redact).</source>
            <translation>&lt;b&gt;Revise las páginas.&lt;/b&gt; Gírelas (Ctrl+L, Ctrl+R), deje fuera las que no corresponden y tache lo que no se debe ver (Página ▸ Tachar).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="44" />
            <source>&lt;b&gt;File each document under its tab&lt;/b&gt; (Residence, Employment, Medical, Community): drag it, or use Document ▸ File under (Ctrl+1…4). The assistant suggests a tab; Accept it or choose another.</source>
            <translation>&lt;b&gt;Ponga cada documento en su pestaña&lt;/b&gt; (Residencia, Empleo, Médico, Comunidad): arrástrelo, o use Documento ▸ Poner en (Ctrl+1…4). El asistente sugiere una pestaña; acéptela o elija otra.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="55" />
            <source>&lt;b&gt;Gap&lt;/b&gt;: a year since arriving in the U.S. with no proof of residence.</source>
            <translation>&lt;b&gt;Hueco&lt;/b&gt;: un año desde la llegada a EE. UU. sin prueba de residencia.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="58" />
            <source>&lt;b&gt;Hard to read&lt;/b&gt;: a page the app read poorly; scan it again if you can.</source>
            <translation>&lt;b&gt;Difícil de leer&lt;/b&gt;: una página que la aplicación leyó mal; escanéela de nuevo si puede.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="42" />
            <source>&lt;b&gt;Let the app read them.&lt;/b&gt; Each page is turned upright and read in the background; the Status column shows when it is done.</source>
            <translation>&lt;b&gt;Deje que la aplicación los lea.&lt;/b&gt; Cada página se endereza y se lee en segundo plano; la columna Estado muestra cuándo termina.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="60" />
            <source>&lt;b&gt;Needs a translation&lt;/b&gt;: a document not in English needs a certified translation next to it.</source>
            <translation>&lt;b&gt;Necesita traducción&lt;/b&gt;: un documento que no está en inglés necesita una traducción certificada a su lado.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="56" />
            <source>&lt;b&gt;Old or out of date&lt;/b&gt;: a medical record or pay stub older than the review expects.</source>
            <translation>&lt;b&gt;Antiguo o vencido&lt;/b&gt;: un expediente médico o un talón de pago más antiguo de lo que la revisión espera.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="50" />
            <source>&lt;b&gt;Review, then export.&lt;/b&gt; Review the case (F7) lists what a reviewer could object to; Case ▸ Export packet (Ctrl+E) writes one PDF with a cover sheet, an index and numbered pages.</source>
            <translation>&lt;b&gt;Revise y luego exporte.&lt;/b&gt; Revisar el caso (F7) enumera lo que un revisor podría objetar; Caso ▸ Exportar el paquete (Ctrl+E) escribe un solo PDF con portada, índice y páginas numeradas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="69" />
            <source>&lt;b&gt;Your own words.&lt;/b&gt; Case ▸ Statement… holds your statement: what you want the reviewer to know, with the documents that show it. Cite a document with Ctrl+K; the citation follows it when you reorder the exhibits.</source>
            <translation>&lt;b&gt;Sus propias palabras.&lt;/b&gt; Caso ▸ Declaración… guarda su declaración: lo que quiere que sepa quien revisa su caso, con los documentos que lo muestran. Cite un documento con Ctrl+K; la cita lo sigue cuando usted reordena los anexos.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="20" />
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="23" />
            <source>Getting started</source>
            <translation>Primeros pasos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="66" />
            <source>The job in five steps</source>
            <translation>El trabajo en cinco pasos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="73" />
            <source>What the review's findings mean</source>
            <translation>Qué significan los hallazgos de la revisión</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="75" />
            <source>Where your data lives</source>
            <translation>Dónde se guardan sus datos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/guide.py" line="63" />
            <source>Your cases are kept on this computer only, in: {folder}. Nothing is uploaded; the app works offline.</source>
            <translation>Sus casos se guardan solo en esta computadora, en: {folder}. No se sube nada; la aplicación funciona sin conexión.</translation>
        </message>
    </context>
    <context>
        <name>JobRow</name>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="72" />
            <source>%v of %m</source>
            <translation>%v de %m</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="49" />
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="51" />
            <source>Stop this work. What is finished is kept; you can go on later.</source>
            <translation>Detener este trabajo. Lo terminado se guarda; puede seguir más tarde.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="50" />
            <source>Stop: {job}</source>
            <translation>Detener: {job}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="65" />
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="544" />
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="546" />
            <source>French</source>
            <translation>francés</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="548" />
            <source>Haitian Creole</source>
            <translation>criollo haitiano</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="547" />
            <source>Portuguese</source>
            <translation>portugués</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="545" />
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="549" />
            <source>another language</source>
            <translation>otro idioma</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="551" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/main_window.py" line="411" />
            <source>%n document(s) waiting to be read.</source>
            <translation>
                <numerusform>%n documento esperando a ser leído.</numerusform>
                <numerusform>%n documentos esperando a ser leídos.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;How it works</source>
            <translation type="vanished">&amp;Cómo funciona</translation>
        </message>
        <message>
            <source>1. Drag scans, phone photos or PDFs onto the window (or use Add files).
2. Each page is turned upright and read in the background.
3. Drag each document onto its tab: Residence, Employment, Medical, Community.
4. Check the pages: rotate them, or leave out the ones that do not belong.
5. Export the packet: a cover sheet, an index of exhibits and numbered pages.</source>
            <translation type="vanished">1. Arrastre a la ventana los escaneos, las fotos del teléfono o los PDF (o use Agregar archivos).
2. Cada página se endereza y se lee mientras usted sigue trabajando.
3. Arrastre cada documento a su pestaña: Residence (residencia), Employment (empleo), Medical (salud), Community (comunidad).
4. Revise las páginas: gírelas, o deje fuera las que no corresponden.
5. Exporte el paquete: una portada, un índice de anexos y páginas numeradas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="76" />
            <source>Add a folder</source>
            <translation>Agregar una carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="63" />
            <source>Add a notice or letter received</source>
            <translation>Agregar un aviso o carta recibidos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="100" />
            <source>Add a tab</source>
            <translation>Agregar una pestaña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="63" />
            <source>Add files</source>
            <translation>Agregar archivos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="412" />
            <source>All pages are read.</source>
            <translation>Todas las páginas están leídas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="184" />
            <source>Case archive</source>
            <translation>Copia del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/check.py" line="90" />
            <source>Checking the data folder</source>
            <translation>Revisando la carpeta de datos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="224" />
            <source>Could not restart: please close and open Evidence Packet.</source>
            <translation>No se pudo reiniciar: cierre y vuelva a abrir Evidence Packet.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="188" />
            <source>Delete case</source>
            <location filename="../../desktop_app/gui/cases.py" line="200" />
            <translation>Borrar el caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="189" />
            <source>Delete the case “%1” for good?</source>
            <translation>¿Borrar para siempre el caso «%1»?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="216" />
            <source>Deleted the case “%1”.</source>
            <translation>Se borró el caso «%1».</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="208" />
            <source>Deleting the case</source>
            <translation>Borrando el caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="478" />
            <source>Drop to add to the case</source>
            <translation>Suelte para agregar al caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="100" />
            <source>Evidence Packet</source>
            <translation>Evidence Packet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="207" />
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="101" />
            <source>Name of the new tab (for example Identity, Family ties, Prior filings):</source>
            <translation>Nombre de la pestaña nueva (por ejemplo Identity, Family ties, Prior filings; va en el paquete, escríbalo en inglés):</translation>
        </message>
        <message>
            <source>Nothing leaves this computer.</source>
            <translation type="vanished">Nada sale de esta computadora.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="151" />
            <source>Open case archive</source>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="163" />
            <translation>Abrir una copia del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="161" />
            <source>Open or start a case first.</source>
            <translation>Primero abra o empiece un caso.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="188" />
            <source>Open packet</source>
            <translation>Abrir el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="177" />
            <source>Opening the case archive</source>
            <translation>Abriendo la copia del caso</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation type="vanished">Avance general</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="55" />
            <source>Panels</source>
            <translation>Paneles</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="86" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="87" />
            <source>Password of {name}:</source>
            <translation>Contraseña de {name}:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="115" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/small_dialogs.py" line="110" />
            <source>Remove %n document(s) from this case?</source>
            <translation>
                <numerusform>¿Quitar %n documento de este caso?</numerusform>
                <numerusform>¿Quitar %n documentos de este caso?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="109" />
            <source>Remove documents</source>
            <translation>Quitar documentos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="206" />
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="205" />
            <source>Restart now? Your work is saved; reading resumes by itself.</source>
            <translation>¿Reiniciar ahora? Su trabajo está guardado; la lectura sigue sola.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="175" />
            <source>Restored the case “%1”.</source>
            <translation>Se restauró el caso «%1».</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="122" />
            <source>Save case archive</source>
            <translation>Guardar una copia del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="139" />
            <source>Saving the case archive</source>
            <translation>Guardando la copia del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="67" />
            <source>Scans, photos and PDFs ({patterns});;All files (*)</source>
            <translation>Escaneos, fotos y PDF ({patterns});;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="189" />
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="517" />
            <source>Something went wrong while: {what}.</source>
            <translation>Algo salió mal al hacer esto: {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="137" />
            <source>The case archive is saved.</source>
            <translation>La copia del caso está guardada.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="202" />
            <source>The new language is used from the next start of Evidence Packet.</source>
            <translation>El nuevo idioma se usa desde el próximo inicio de Evidence Packet.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="184" />
            <source>The packet is ready</source>
            <translation>El paquete está listo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="113" />
            <source>Their pages leave the case and this cannot be undone. The files on your computer are not touched.</source>
            <translation>Sus páginas salen del caso y esto no se puede deshacer. Los archivos de su computadora no se tocan.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="164" />
            <source>This archive is protected. Its passphrase:</source>
            <translation>Esta copia está protegida. Su frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/cases.py" line="194" />
            <source>This removes its %1 document(s) and %2 page(s), the %3 stored file(s) only this case uses, their readings and pictures, and its kept filings. It cannot be undone. Save a case archive first if you may need it again. Files elsewhere on your computer are not touched.</source>
            <translation>Esto quita sus %1 documento(s) y %2 página(s), los %3 archivo(s) guardado(s) que solo usa este caso, sus lecturas e imágenes, y las presentaciones guardadas. No se puede deshacer. Si puede volver a necesitarlo, guarde antes una copia del caso. Los archivos que están en otras partes de su computadora no se tocan.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/small_dialogs.py" line="149" />
            <source>Turns scans, phone photos and PDFs into one indexed evidence packet. Works offline; nothing is uploaded.</source>
            <translation>Convierte escaneos, fotos del teléfono y PDF en un solo paquete de pruebas con índice. Funciona sin internet; no se sube nada.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="518" />
            <source>Your cases and files are safe. Try again; if it happens again, the details are in the log file in the app's data folder.</source>
            <translation>Sus casos y archivos están a salvo. Inténtelo de nuevo; si vuelve a pasar, los detalles están en el archivo de registro, en la carpeta de datos de la aplicación.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="514" />
            <source>working</source>
            <translation>trabajando</translation>
        </message>
    </context>
    <context>
        <name>PageCanvas</name>
        <message>
            <location filename="../../desktop_app/gui/page_canvas.py" line="151" />
            <source>Drawing the page…</source>
            <translation>Dibujando la página…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/page_canvas.py" line="169" />
            <source>Left out of the packet</source>
            <translation>Fuera del paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/page_canvas.py" line="42" />
            <source>Page picture</source>
            <translation>Imagen de la página</translation>
        </message>
    </context>
    <context>
        <name>PageStripModel</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/viewer.py" line="98" />
            <source>%n (blank?)</source>
            <translation>
                <numerusform>%n (¿en blanco?)</numerusform>
                <numerusform>%n (¿en blanco?)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/viewer.py" line="97" />
            <source>%n (left out)</source>
            <translation>
                <numerusform>%n (fuera)</numerusform>
                <numerusform>%n (fuera)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="103" />
            <source>, left out of the packet</source>
            <translation>, fuera del paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="102" />
            <source>, looks blank</source>
            <translation>, parece en blanco</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="116" />
            <source>Left out of the packet</source>
            <translation>Fuera del paquete</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/viewer.py" line="100" />
            <source>Page %n</source>
            <translation>
                <numerusform>Página %n</numerusform>
                <numerusform>Página %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="114" />
            <source>This page could not be read: {why}</source>
            <translation>Esta página no se pudo leer: {why}</translation>
        </message>
    </context>
    <context>
        <name>PageViewer</name>
        <message numerus="yes">
            <source>%n page(s) look blank (page {pages}): the back of a sheet, scanned too? They are still in the packet.</source>
            <translation type="vanished">
                <numerusform>%n página parece en blanco (página {pages}): ¿el reverso de una hoja, escaneado también? Sigue en el paquete.</numerusform>
                <numerusform>%n páginas parecen en blanco (páginas {pages}): ¿el reverso de una hoja, escaneado también? Siguen en el paquete.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="512" />
            <source>(No text was found on this page.)</source>
            <translation>(No se encontró texto en esta página.)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="451" />
            <source>&lt;b&gt;{title}&lt;/b&gt; — {n} page(s), from {file}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;: {n} página(s), de {file}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="345" />
            <source>Adjust page edges…</source>
            <translation>Ajustar los bordes de la página…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="381" />
            <source>Black out Social Security numbers, account numbers and other people's dates of birth on every page; what they cover shows on the page in redact mode.</source>
            <translation>Tachar en cada página los números de Seguro Social, los números de cuenta y las fechas de nacimiento de otras personas; lo que tapan se ve en la página en el modo de tachar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="374" />
            <source>Black out parts of the page for good (Ctrl+Shift+R): drag a rectangle over them. Click an area and press Delete to remove it.</source>
            <translation>Tachar partes de la página para siempre (Ctrl+Mayús+R): arrastre un rectángulo encima. Haga clic en un área y pulse Supr para quitarla.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="353" />
            <source>Fit page</source>
            <translation>Página entera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="351" />
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message numerus="yes">
            <source>Leave %n blank page(s) out</source>
            <translation type="vanished">
                <numerusform>Dejar fuera %n página en blanco</numerusform>
                <numerusform>Dejar fuera %n páginas en blanco</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="339" />
            <source>Leave page out</source>
            <translation>Dejar fuera la página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="285" />
            <source>Leave them out</source>
            <translation>Dejarlas fuera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="344" />
            <source>Leave this page out of the packet (Delete). The file itself is kept.</source>
            <translation>Dejar esta página fuera del paquete (Supr). El archivo se conserva.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="330" />
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="467" />
            <source>No document selected</source>
            <translation>Ningún documento seleccionado</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="196" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="530" />
            <source>Page {n} of {total}</source>
            <translation>Página {n} de {total}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="212" />
            <source>Pages of the document</source>
            <translation>Páginas del documento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="379" />
            <source>Patterns</source>
            <translation>Patrones</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="326" />
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="367" />
            <source>Redact</source>
            <translation>Tachar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="333" />
            <source>Rotate left</source>
            <translation>Girar a la izquierda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="335" />
            <source>Rotate right</source>
            <translation>Girar a la derecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="262" />
            <source>Select a document on the left to see its pages here.

You can turn pages, leave pages out of the packet, and read the text found on each page.</source>
            <translation>Seleccione un documento a la izquierda para ver aquí sus páginas.

Puede girar páginas, dejarlas fuera del paquete y leer el texto encontrado en cada una.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="205" />
            <location filename="../../desktop_app/gui/viewer.py" line="449" />
            <source>Select a document to see its pages.</source>
            <translation>Seleccione un documento para ver sus páginas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="349" />
            <source>Show where the app found the page in the photo, and move its corners (Ctrl+Shift+E). The photo itself is not changed.</source>
            <translation>Muestra dónde encontró la aplicación la página en la foto y permite mover sus esquinas (Ctrl+Mayús+E). La foto en sí no cambia.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="241" />
            <source>Text read from the page</source>
            <translation>Texto leído de la página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="242" />
            <source>The text read from the page appears here.</source>
            <translation>Aquí aparece el texto leído de la página.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="303" />
            <source>These pages look blank: {pages}. The back of a sheet, scanned too? They are still in the packet.</source>
            <translation>Estas páginas parecen en blanco: {pages}. ¿El reverso de una hoja, escaneado también? Siguen en el paquete.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="565" />
            <source>This page cannot be drawn.</source>
            <translation>Esta página no se puede dibujar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="509" />
            <source>This page could not be read: {why}

Use “Try again” in the list of problems below, or leave the page out.</source>
            <translation>Esta página no se pudo leer: {why}

Use «Intentar de nuevo» en la lista de problemas de abajo, o deje fuera la página.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="507" />
            <source>This page is still being read. Its text will appear here.</source>
            <translation>Todavía se está leyendo esta página. Su texto aparecerá aquí.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="197" />
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="360" />
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="366" />
            <source>Zoom in (Ctrl+plus, or Ctrl+wheel)</source>
            <translation>Acercar (Ctrl+más, o Ctrl+rueda)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="357" />
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/viewer.py" line="364" />
            <source>Zoom out (Ctrl+minus, or Ctrl+wheel)</source>
            <translation>Alejar (Ctrl+menos, o Ctrl+rueda)</translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="116" />
            <source>Filing</source>
            <translation>Presentación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="120" />
            <source>Immigration Court, EOIR (tab sheets, punched at top)</source>
            <translation>Corte de Inmigración, EOIR (hojas con separador, perforado arriba)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="126" />
            <source>Paper filing for:</source>
            <translation>Presentación en papel para:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="122" />
            <source>Two-sided printing starts each divider on a sheet of its own for EOIR tab sheets.</source>
            <translation>Al imprimir por las dos caras, cada portadilla empieza en su propia hoja, para las hojas con separador de EOIR.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="119" />
            <source>USCIS (no tabs, staples or binding)</source>
            <translation>USCIS (sin separadores, grapas ni encuadernación)</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="224" />
            <source>Chan&amp;ge the passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="225" />
            <source>Choose a new passphrase for this data folder</source>
            <translation>Elegir una nueva frase de contraseña para esta carpeta de datos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="228" />
            <source>Encrypt the cases on this computer, so that only the passphrase opens them</source>
            <translation>Cifrar los casos en esta computadora, para que solo la frase de contraseña los abra</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="156" />
            <source>Fair. Four unrelated words would be much stronger.</source>
            <translation>Aceptable. Cuatro palabras sin relación entre sí serían mucho más seguras.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="155" />
            <source>Good. Another word or two would make it stronger.</source>
            <translation>Buena. Una o dos palabras más la harían más segura.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="227" />
            <source>Protect &amp;with a passphrase…</source>
            <translation>Proteger con una &amp;frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="91" />
            <source>Show what I type</source>
            <translation>Mostrar lo que escribo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="153" />
            <source>Strong.</source>
            <translation>Segura.</translation>
        </message>
        <message numerus="yes">
            <source>The data folder is also open in %n other window(s) or command(s). Close them, then choose Protect with a passphrase again.</source>
            <translation type="vanished">
                <numerusform>La carpeta de datos también está abierta en %n ventana o comando más. Ciérrelo y vuelva a elegir Proteger con una frase de contraseña.</numerusform>
                <numerusform>La carpeta de datos también está abierta en %n ventanas o comandos más. Ciérrelos y vuelva a elegir Proteger con una frase de contraseña.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="244" />
            <source>The passphrase is changed. Use the new one from now on.</source>
            <translation>La frase de contraseña cambió. De ahora en adelante, use la nueva.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="147" />
            <source>Too short: a passphrase needs at least %1 characters.</source>
            <translation>Demasiado corta: una frase de contraseña necesita al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="151" />
            <source>Weak: too many repeated characters.</source>
            <translation>Débil: demasiados caracteres repetidos.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="62" />
            <source>&lt;b&gt;Write the passphrase down and keep it safe.&lt;/b&gt; If it is lost, nobody can open the archive: it cannot be recovered.</source>
            <translation>&lt;b&gt;Anote la frase de contraseña y guárdela bien.&lt;/b&gt; Si se pierde, nadie podrá abrir la copia: no se puede recuperar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="96" />
            <source>A passphrase needs at least %1 characters; a few unrelated words make a strong one.</source>
            <translation>Una frase de contraseña necesita al menos %1 caracteres; unas cuantas palabras sin relación entre sí forman una frase segura.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="69" />
            <source>Again:</source>
            <translation>Otra vez:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="68" />
            <source>Passphrase:</source>
            <translation>Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="56" />
            <source>Protect the archive with a passphrase</source>
            <translation>Proteger la copia con una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="50" />
            <source>Save case archive</source>
            <translation>Guardar una copia del caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="52" />
            <source>The archive holds the whole case “%1”: its details, documents, pages and history. Keep it somewhere safe, such as a USB stick.</source>
            <translation>La copia contiene todo el caso «%1»: sus datos, documentos, páginas e historial. Guárdela en un lugar seguro, como una memoria USB.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/archive.py" line="99" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>PatternMenu</name>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="105" />
            <source>A regular expression; every match is blacked out in the packet:</source>
            <translation>Una expresión regular; todo lo que coincida se tacha en el paquete:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="51" />
            <source>Account and card numbers (long digit runs)</source>
            <translation>Números de cuenta y de tarjeta (series largas de dígitos)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="104" />
            <source>Black out an expression</source>
            <translation>Tachar una expresión</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="47" />
            <source>Black out patterns</source>
            <translation>Tachar patrones</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="71" />
            <source>Blacked-out words normally leave the packet only. This also takes them out of the stored documents, their text, the search and case archives.</source>
            <translation>Normalmente las palabras tachadas solo se quitan del paquete. Esto también las quita de los documentos guardados, su texto, la búsqueda y los archivos del caso.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="52" />
            <source>Numbers next to “account”, “cuenta”, “card”</source>
            <translation>Números junto a «account», «cuenta», «card»</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="53" />
            <source>Other people's dates of birth (next to “DOB”)</source>
            <translation>Fechas de nacimiento de otras personas (junto a «DOB»)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="69" />
            <source>Remove blacked-out words from what the app keeps…</source>
            <translation>Quitar las palabras tachadas de lo que guarda la aplicación…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="50" />
            <source>Social Security numbers</source>
            <translation>Números de Seguro Social</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="62" />
            <source>The applicant's own date of birth, as on the cover, is kept.</source>
            <translation>La fecha de nacimiento del propio solicitante, como aparece en la portada, se conserva.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="65" />
            <source>Your own expression…</source>
            <translation>Su propia expresión…</translation>
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="98" />
            <source>Printing stopped: {error}</source>
            <translation>La impresión se detuvo: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="76" />
            <source>The printer could not be started.</source>
            <translation>No se pudo iniciar la impresora.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="223" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="261" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="162" />
            <source>Open or start a case first.</source>
            <translation>Primero abra o empiece un caso.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="191" />
            <source>Preparing the pages to print</source>
            <translation>Preparando las páginas para imprimir</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="189" />
            <location filename="../../desktop_app/gui/printing.py" line="223" />
            <location filename="../../desktop_app/gui/printing.py" line="240" />
            <source>Preparing the pages to print…</source>
            <translation>Preparando las páginas para imprimir…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="226" />
            <source>Printing</source>
            <translation>Imprimiendo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="269" />
            <source>Printing cancelled. Pages already sent to the printer may still come out.</source>
            <translation>Impresión cancelada. Las páginas ya enviadas a la impresora pueden salir igualmente.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="243" />
            <source>Printing page {done} of {total}…</source>
            <translation>Imprimiendo la página {done} de {total}…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="283" />
            <source>Sent {n} page(s) to the printer.</source>
            <translation>Se enviaron {n} página(s) a la impresora.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/printing.py" line="150" />
            <source>Something went wrong while preparing the pages. Nothing was lost; try again.</source>
            <translation>Algo falló al preparar las páginas. No se perdió nada; inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ProtectDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="386" />
            <source>&amp;Protect</source>
            <translation>&amp;Proteger</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="371" />
            <source>&lt;p&gt;&lt;b&gt;Lock your cases with a passphrase.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Everything Evidence Packet keeps on this computer is then encrypted: the database, the original files, the page images and their text, and the kept copies of packets. Without the passphrase none of it can be read, not even by someone who takes the computer or its disk.&lt;/p&gt;&lt;p&gt;You type the passphrase each time you open Evidence Packet. Packets you export and save somewhere else are &lt;b&gt;not&lt;/b&gt; encrypted: keep those safe yourself.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Proteja sus casos con una frase de contraseña.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Todo lo que Evidence Packet guarda en esta computadora queda cifrado: la base de datos, los archivos originales, las imágenes de las páginas y su texto, y las copias guardadas de los paquetes. Sin la frase de contraseña nada de eso se puede leer, ni siquiera si alguien se lleva la computadora o su disco.&lt;/p&gt;&lt;p&gt;Escribirá la frase de contraseña cada vez que abra Evidence Packet. Los paquetes que exporte y guarde en otro lugar &lt;b&gt;no&lt;/b&gt; quedan cifrados: guárdelos bien usted.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="369" />
            <source>Protect with a passphrase</source>
            <translation>Proteger con una frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>ProtectFlow</name>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="149" />
            <source>Close Evidence Packet in its other windows first.</source>
            <translation>Primero cierre Evidence Packet en sus otras ventanas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="193" />
            <source>Evidence Packet will restart.</source>
            <translation>Evidence Packet se reiniciará.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="188" />
            <source>Keep the passphrase safe: without it, nobody can open these cases.</source>
            <translation>Guarde bien la frase de contraseña: sin ella, nadie puede abrir estos casos.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="135" />
            <source>Let the work in progress finish first: %1.</source>
            <translation>Primero deje que termine el trabajo en curso: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="191" />
            <source>Protecting the data folder failed; it is left as it was.</source>
            <translation>No se pudo proteger la carpeta de datos; quedó como estaba.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="186" />
            <source>The data folder is now protected. Evidence Packet will restart and ask for your passphrase.</source>
            <translation>La carpeta de datos ya está protegida. Evidence Packet se reiniciará y le pedirá su frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="137" />
            <source>Then choose Protect with a passphrase again.</source>
            <translation>Luego vuelva a elegir Proteger con una frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="150" />
            <source>Windows or commands still using the data folder: %1. Close them, then choose Protect with a passphrase again.</source>
            <translation>Ventanas o comandos que aún usan la carpeta de datos: %1. Ciérrelos y vuelva a elegir Proteger con una frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>ReadingController</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/reading.py" line="95" />
            <source>%n file(s) could not be added — see Problems below.</source>
            <translation>
                <numerusform>%n archivo no se pudo agregar; vea Problemas abajo.</numerusform>
                <numerusform>%n archivos no se pudieron agregar; vea Problemas abajo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/reading.py" line="93" />
            <source>%n file(s) were already in the case.</source>
            <translation>
                <numerusform>%n archivo ya estaba en el caso.</numerusform>
                <numerusform>%n archivos ya estaban en el caso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/reading.py" line="91" />
            <source>Added %n file(s).</source>
            <translation>
                <numerusform>Se agregó %n archivo.</numerusform>
                <numerusform>Se agregaron %n archivos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/reading.py" line="76" />
            <source>Adding %n item(s)…</source>
            <translation>
                <numerusform>Agregando %n elemento…</numerusform>
                <numerusform>Agregando %n elementos…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="66" />
            <source>Adding files</source>
            <translation>Agregando archivos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="61" />
            <source>New case</source>
            <translation>Nuevo caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="97" />
            <source>No files to add were found there.</source>
            <translation>No se encontraron archivos para agregar ahí.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="160" />
            <source>Preparing the sample case</source>
            <translation>Preparando el caso de ejemplo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="120" />
            <source>Reading pages</source>
            <translation>Leyendo páginas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/reading.py" line="177" />
            <source>The sample case is ready. Its packet has a cover sheet, an index of exhibits, a divider before each tab and numbered pages. Look through the documents on the left; open the packet to see what you will hand in.</source>
            <translation>El caso de ejemplo está listo. Su paquete tiene una portada, un índice de anexos, un separador antes de cada pestaña y páginas numeradas. Revise los documentos de la izquierda; abra el paquete para ver lo que va a entregar.</translation>
        </message>
    </context>
    <context>
        <name>RedactBar</name>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="315" />
            <source>&lt;b&gt;Redact mode.&lt;/b&gt; Drag a rectangle over what to black out; click an area and press Delete to remove it.</source>
            <translation>&lt;b&gt;Modo tachar.&lt;/b&gt; Arrastre un rectángulo sobre lo que quiere tapar; haga clic en un área y pulse Supr para quitarla.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="318" />
            <source>Done redacting</source>
            <translation>Terminar de tachar</translation>
        </message>
    </context>
    <context>
        <name>RedactionController</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/redaction.py" line="286" />
            <source>%n original file(s) are also used by another case and were kept for it.</source>
            <translation>
                <numerusform>%n archivo original también lo usa otro caso y se conservó para él.</numerusform>
                <numerusform>%n archivos originales también los usa otro caso y se conservaron para él.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="240" />
            <source>Also remove what is blacked out from what the app keeps?</source>
            <translation>¿Quitar también lo tachado de lo que guarda la aplicación?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="113" />
            <source>Black out an area</source>
            <translation>Tachar un área</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="280" />
            <source>Nothing that is blacked out is kept anywhere else: nothing to change.</source>
            <translation>Nada de lo tachado se guarda en ninguna otra parte: no hay nada que cambiar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="289" />
            <source>Packets filed before are kept as they were sent.</source>
            <translation>Los paquetes presentados antes se conservan tal como se enviaron.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="137" />
            <source>Remove a blacked-out area</source>
            <translation>Quitar un área tachada</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="252" />
            <source>Remove for good</source>
            <translation>Quitar para siempre</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="239" />
            <source>Remove it from what the app keeps</source>
            <translation>Quitarlo de lo que guarda la aplicación</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/redaction.py" line="282" />
            <source>Removed from %n document(s): their stored copies, text, search and archives no longer hold what is blacked out.</source>
            <translation>
                <numerusform>Quitado de %n documento: su copia guardada, su texto, la búsqueda y los archivos ya no contienen lo tachado.</numerusform>
                <numerusform>Quitado de %n documentos: sus copias guardadas, su texto, la búsqueda y los archivos ya no contienen lo tachado.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="265" />
            <source>Removed from what the app keeps</source>
            <translation>Quitado de lo que guarda la aplicación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="275" />
            <source>Removing blacked-out words</source>
            <translation>Quitando las palabras tachadas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/redaction.py" line="244" />
            <source>Until now, blacked-out words leave only the packet. This also removes them from everything the app keeps for this case:

• each document concerned is stored from now on as its redacted copy; the original is removed from the data folder (unless another case uses the same file);
• the pages' text, the search and case archives lose those words.

Packets already filed stay as they were sent. This cannot be undone. The files on your own disk are not touched.</source>
            <translation>Hasta ahora, las palabras tachadas solo se quitan del paquete. Esto también las quita de todo lo que la aplicación guarda para este caso:

• cada documento afectado se guarda desde ahora como su copia tachada; el original se borra de la carpeta de datos (salvo que otro caso use el mismo archivo);
• el texto de las páginas, la búsqueda y los archivos del caso pierden esas palabras.

Los paquetes ya presentados se quedan como se enviaron. No se puede deshacer. Los archivos de su propio disco no se tocan.</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="45" />
            <source>Deadline reminder</source>
            <translation>Recordatorio de plazo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="49" />
            <source>Deadlines…</source>
            <translation>Plazos…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="55" />
            <source>Hide the reminder</source>
            <translation>Ocultar el recordatorio</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/case_tools.py" line="56" />
            <source>Hide the reminder until the app is opened again</source>
            <translation>Ocultar el recordatorio hasta que se vuelva a abrir la aplicación</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="255" />
            <source>({n} dismissed)</source>
            <translation>({n} descartadas)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="245" />
            <source>1 problem</source>
            <translation>1 problema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="247" />
            <source>1 tip</source>
            <translation>1 consejo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="246" />
            <source>1 warning</source>
            <translation>1 advertencia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="234" />
            <source>Checking page pictures</source>
            <translation>Revisando las imágenes de las páginas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="300" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="297" />
            <source>Dismiss finding</source>
            <translation>Descartar la observación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="320" />
            <source>Dismissing a finding</source>
            <translation>Descartando una observación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="127" />
            <location filename="../../desktop_app/gui/review_panel.py" line="145" />
            <source>Dismiss…</source>
            <translation>Descartar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="251" />
            <source>Nothing to fix: the review found no weak spots.</source>
            <translation>Nada que corregir: la revisión no encontró puntos débiles.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="312" />
            <source>Nothing was dismissed: give a reason.</source>
            <translation>No se descartó nada: indique un motivo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="185" />
            <source>Open a case to review it.</source>
            <translation>Abra un caso para revisarlo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="130" />
            <location filename="../../desktop_app/gui/review_panel.py" line="147" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="334" />
            <source>Restoring a finding</source>
            <translation>Restaurando una observación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="137" />
            <source>Review findings</source>
            <translation>Observaciones de la revisión</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="216" />
            <source>Reviewing the case</source>
            <translation>Revisando el caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="190" />
            <source>Reviewing the case…</source>
            <translation>Revisando el caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="128" />
            <source>Set the selected finding aside, saying why</source>
            <translation>Dejar de lado la observación seleccionada, diciendo por qué</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="125" />
            <source>Show dismissed</source>
            <translation>Mostrar descartadas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="131" />
            <source>Show the selected dismissed finding again</source>
            <translation>Volver a mostrar la observación descartada seleccionada</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="257" />
            <source>Still checking the pictures of {n} page(s)…</source>
            <translation>Todavía se están revisando las imágenes de {n} página(s)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="212" />
            <source>The review could not run: {error}</source>
            <translation>No se pudo hacer la revisión: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="298" />
            <source>Why does this not apply? The reason is kept with the case.

{message}</source>
            <translation>¿Por qué no corresponde? El motivo se guarda con el caso.

{message}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="245" />
            <source>{n} problems</source>
            <translation>{n} problemas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="247" />
            <source>{n} tips</source>
            <translation>{n} consejos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/review_panel.py" line="246" />
            <source>{n} warnings</source>
            <translation>{n} advertencias</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/search.py" line="134" />
            <source>%n page(s) mention “{q}”:</source>
            <translation>
                <numerusform>%n página menciona «{q}»:</numerusform>
                <numerusform>%n páginas mencionan «{q}»:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/search.py" line="137" />
            <source>No page mentions “{q}”. Pages still being read are searched once they are read.</source>
            <translation>Ninguna página menciona «{q}». Las páginas que aún se están leyendo se buscan cuando terminan de leerse.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/search.py" line="119" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../desktop_app/gui/search.py" line="55" />
            <source>{title}, page {page}</source>
            <translation>{title}, página {page}</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="79" />
            <source>As written (Spanish):</source>
            <translation>Como se escribió (español):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="81" />
            <source>English translation:</source>
            <translation>Traducción al inglés:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="77" />
            <source>{section}, English translation</source>
            <translation>{section}, traducción al inglés</translation>
        </message>
    </context>
    <context>
        <name>SigningDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="88" />
            <source>A &amp;representative (attorney or accredited representative)</source>
            <translation>Un &amp;representante (abogado o representante acreditado)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="114" />
            <source>A filing with the immigration court must say how DHS (ICE OPLA) was given a copy. Through ECAS, DHS is served when you file; the certificate says so.</source>
            <translation>Una presentación ante la corte de inmigración debe decir cómo se entregó una copia al DHS (ICE OPLA). Por ECAS, el DHS queda notificado al presentar; el certificado lo dice.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="95" />
            <source>Bar number or EOIR ID, address, phone</source>
            <translation>Número de colegiado o ID de EOIR, dirección, teléfono</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="112" />
            <source>Certificate of service</source>
            <translation>Certificado de notificación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="148" />
            <source>Date of service:</source>
            <translation>Fecha de notificación:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="106" />
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="144" />
            <source>How:</source>
            <translation>Cómo:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="107" />
            <source>Name of the person signing</source>
            <translation>Nombre de quien firma</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="119" />
            <source>No certificate of service</source>
            <translation>Sin certificado de notificación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="132" />
            <source>Office served, with its address</source>
            <translation>Oficina notificada, con su dirección</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="80" />
            <source>Reading the signature</source>
            <translation>Leyendo la firma</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="105" />
            <source>Representative's &amp;details:</source>
            <translation>&amp;Datos del representante:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="108" />
            <source>Representative's details</source>
            <translation>Datos del representante</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="133" />
            <source>Same as the &amp;cover letter's office</source>
            <translation>La misma oficina de la &amp;carta de presentación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="246" />
            <source>Save the signature and the certificate of service?</source>
            <translation>¿Guardar la firma y el certificado de notificación?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="233" />
            <source>Saving the signature</source>
            <translation>Guardando la firma</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="146" />
            <source>Served &amp;on:</source>
            <translation>Notificada &amp;a:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="122" />
            <source>Served by &amp;hand</source>
            <translation>Entregada en &amp;mano</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="121" />
            <source>Served by &amp;mail</source>
            <translation>Por c&amp;orreo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="120" />
            <source>Served through &amp;ECAS (electronic filing)</source>
            <translation>Por &amp;ECAS (presentación electrónica)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="61" />
            <source>Signature and service</source>
            <translation>Firma y notificación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="84" />
            <source>Signature on the cover</source>
            <translation>Firma en la portada</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="102" />
            <source>Signed by (&amp;name):</source>
            <translation>Firma (&amp;nombre):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="103" />
            <source>Signing as:</source>
            <translation>Firma como:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="87" />
            <source>The applicant, &amp;self-represented</source>
            <translation>El &amp;solicitante, sin abogado</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="96" />
            <source>The day the packet is e&amp;xported</source>
            <translation>El día en que se e&amp;xporta el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="136" />
            <source>The day the packet is ex&amp;ported</source>
            <translation>El día en que se ex&amp;porta el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/signing.py" line="131" />
            <source>e.g. ICE OPLA Chicago, 525 W. Van Buren St., Chicago, IL 60607</source>
            <translation>p. ej. ICE OPLA Chicago, 525 W. Van Buren St., Chicago, IL 60607</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="149" />
            <source>&amp;Cite a document…</source>
            <translation>&amp;Citar un documento…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="159" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="157" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="145" />
            <source>&amp;Written in:</source>
            <translation>&amp;Escrita en:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="203" />
            <source>Citations show the exhibits as they are now, and follow the documents when you reorder them or move them to another tab.</source>
            <translation>Las citas muestran los anexos como están ahora, y siguen a los documentos cuando usted los reordena o los pasa a otra pestaña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="143" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="153" />
            <source>Insert a citation of a document or one of its pages (Ctrl+K)</source>
            <translation>Insertar una cita de un documento o de una de sus páginas (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="147" />
            <source>Language of the statement</source>
            <translation>Idioma de la declaración</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="135" />
            <source>Reading the statement</source>
            <translation>Leyendo la declaración</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="454" />
            <source>Save the changes to the statement?</source>
            <translation>¿Guardar los cambios de la declaración?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="426" />
            <source>Saving the statement</source>
            <translation>Guardando la declaración</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="174" />
            <source>Sections of the statement</source>
            <translation>Secciones de la declaración</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="144" />
            <source>Spanish (with an English translation)</source>
            <translation>Español (con traducción al inglés)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="120" />
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="161" />
            <source>Statement</source>
            <translation>Declaración</translation>
        </message>
        <message>
            <source>The applicant &amp;reads English</source>
            <translation type="vanished">El solicitante &amp;lee inglés</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="224" />
            <source>The applicant reads &amp;English</source>
            <translation>El solicitante &amp;lee inglés</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="227" />
            <source>The packet carries the English translation with the translator's certificate. If the applicant does not read English, it also carries a certificate that the statement was read to the applicant in Spanish.</source>
            <translation>El paquete lleva la traducción al inglés con el certificado del traductor. Si el solicitante no lee inglés, lleva también un certificado de que la declaración se le leyó en español.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="190" />
            <source>Translation and certificate</source>
            <translation>Traducción y certificado</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="239" />
            <source>Translator's &amp;name:</source>
            <translation>&amp;Nombre del traductor:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="241" />
            <source>Translator's &amp;phone:</source>
            <translation>&amp;Teléfono del traductor:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="240" />
            <source>Translator's a&amp;ddress:</source>
            <translation>D&amp;irección del traductor:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="353" />
            <source>empty</source>
            <translation>vacía</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="351" />
            <source>written</source>
            <translation>escrita</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/statement.py" line="349" />
            <source>written, not yet translated</source>
            <translation>escrita, aún sin traducir</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../desktop_app/gui/appearance.py" line="30" />
            <source>Could not be read</source>
            <translation>No se pudo leer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/appearance.py" line="28" />
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/appearance.py" line="29" />
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/appearance.py" line="27" />
            <source>Waiting to be read</source>
            <translation>Esperando a ser leído</translation>
        </message>
    </context>
    <context>
        <name>SuggestionBar</name>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="117" />
            <source> (perhaps {tab})</source>
            <translation> (quizá {tab})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="114" />
            <source>&lt;b&gt;Needs your review.&lt;/b&gt; The assistant is not sure which tab this belongs under</source>
            <translation>&lt;b&gt;Necesita su revisión.&lt;/b&gt; El asistente no está seguro de a qué pestaña pertenece</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="112" />
            <source>&lt;b&gt;Needs your review.&lt;/b&gt; {advice}</source>
            <translation>&lt;b&gt;Necesita su revisión.&lt;/b&gt; {advice}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="120" />
            <source>&lt;b&gt;Suggested: {tab}&lt;/b&gt; — {facts} ({percent} % sure)</source>
            <translation>&lt;b&gt;Sugerencia: {tab}&lt;/b&gt; — {facts} ({percent} % seguro)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="93" />
            <source>&lt;b&gt;{title}&lt;/b&gt; is in {language}. The packet needs a certified English translation: add it, then use Document ▸ Is a translation of…</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; está en {language}. El paquete necesita una traducción certificada al inglés: agréguela y luego use Documento ▸ Es una traducción de…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="69" />
            <source>Accept (A)</source>
            <translation>Aceptar (A)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="77" />
            <source>Choose the tab yourself</source>
            <translation>Elegir la pestaña usted mismo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="73" />
            <source>File it under the suggested tab and use the suggested date and title. You can undo it.</source>
            <translation>Ponerlo en la pestaña sugerida y usar la fecha y el título sugeridos. Puede deshacerlo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="75" />
            <source>File under…</source>
            <translation>Poner en…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="127" />
            <source>Not in English: it will need a certified translation.</source>
            <translation>No está en inglés: necesitará una traducción certificada.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="62" />
            <source>The assistant's suggestion</source>
            <translation>La sugerencia del asistente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="109" />
            <source>perhaps {language}</source>
            <translation>quizá {language}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/assistant_ui.py" line="105" />
            <source>{date}? check the date</source>
            <translation>¿{date}? revise la fecha</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="562" />
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="560" />
            <source>Employment</source>
            <translation>Empleo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="561" />
            <source>Medical</source>
            <translation>Médico</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models.py" line="559" />
            <source>Residence</source>
            <translation>Residencia</translation>
        </message>
    </context>
    <context>
        <name>TranslatorDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="50" />
            <source>&amp;Address</source>
            <translation>Di&amp;rección</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="49" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="51" />
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="52" />
            <source>&amp;Statement</source>
            <translation>&amp;Declaración</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="30" />
            <source>Each translation in the packet is followed by a certificate signed by the translator, saying they are competent to translate and that the translation is complete and accurate.</source>
            <translation>Cada traducción del paquete va seguida de un certificado firmado por el traductor, que declara que es competente para traducir y que la traducción es completa y exacta.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="45" />
            <source>Statement of competence</source>
            <translation>Declaración de competencia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="28" />
            <source>Translator</source>
            <translation>Traductor</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="37" />
            <source>Translator's address</source>
            <translation>Dirección del traductor</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="35" />
            <source>Translator's full name</source>
            <translation>Nombre completo del traductor</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/translator.py" line="42" />
            <source>Translator's phone number</source>
            <translation>Teléfono del traductor</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="278" />
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="273" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="280" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="317" />
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="270" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="261" />
            <source>The data folder</source>
            <translation>La carpeta de datos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="332" />
            <source>The data folder could not be opened: %1</source>
            <translation>No se pudo abrir la carpeta de datos: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="257" />
            <source>This data folder is protected with a passphrase.</source>
            <translation>Esta carpeta de datos está protegida con una frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="302" />
            <source>Type the passphrase first.</source>
            <translation>Primero escriba la frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="242" />
            <source>&amp;About Evidence Packet</source>
            <translation>&amp;Acerca de Evidence Packet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="151" />
            <source>&amp;Add files…</source>
            <translation>&amp;Agregar archivos…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="247" />
            <source>&amp;Appearance</source>
            <translation>&amp;Apariencia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="202" />
            <source>&amp;Case</source>
            <translation>&amp;Caso</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="251" />
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="215" />
            <source>&amp;Document</source>
            <translation>&amp;Documento</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="212" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="163" />
            <source>&amp;Export packet…</source>
            <translation>&amp;Exportar el paquete…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="185" />
            <source>&amp;File under</source>
            <translation>&amp;Poner en</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="179" />
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="238" />
            <source>&amp;Getting started</source>
            <translation>&amp;Primeros pasos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="237" />
            <source>&amp;Help</source>
            <translation>&amp;Ayuda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="257" />
            <source>&amp;Interface language</source>
            <translation>&amp;Idioma de la interfaz</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="250" />
            <source>&amp;Light</source>
            <translation>C&amp;laro</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="145" />
            <source>&amp;New case…</source>
            <translation>&amp;Nuevo caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="226" />
            <source>&amp;Page</source>
            <translation>&amp;Página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="166" />
            <source>&amp;Print packet…</source>
            <translation>I&amp;mprimir paquete…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="171" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="130" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="174" />
            <source>&amp;Rename</source>
            <translation>Cambiar el &amp;nombre</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="183" />
            <source>&amp;Sort tab by date</source>
            <translation>&amp;Ordenar la pestaña por fecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="127" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="235" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="170" />
            <source>A finished example case, to see how it all works</source>
            <translation>Un caso de ejemplo terminado, para ver cómo funciona todo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="155" />
            <source>Add &amp;folder…</source>
            <translation>Agregar &amp;carpeta…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="184" />
            <source>Add a &amp;tab…</source>
            <translation>A&amp;gregar una pestaña…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="159" />
            <source>Add a notice or letter &amp;received…</source>
            <translation>Agregar un aviso o carta &amp;recibidos…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="157" />
            <source>Add every scan, photo and PDF in a folder</source>
            <translation>Agregar todos los escaneos, fotos y PDF de una carpeta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="154" />
            <source>Add scans, photos or PDFs (or drag them onto the window)</source>
            <translation>Agregar escaneos, fotos o PDF (o arrastrarlos a la ventana)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="148" />
            <source>Case &amp;details…</source>
            <translation>&amp;Datos del caso…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="175" />
            <source>Change &amp;date</source>
            <translation>Cambiar la &amp;fecha</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="351" />
            <source>Correspondence (not in the packet)</source>
            <translation>Correspondencia (no va en el paquete)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="161" />
            <source>Keep a notice or letter you received with the case: read and searchable, but not in the packet</source>
            <translation>Guardar con el caso un aviso o una carta que recibió: se lee y se puede buscar, pero no va en el paquete</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="250" />
            <source>Like the &amp;system</source>
            <translation>Como el &amp;sistema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="275" />
            <source>Like the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="187" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="181" />
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="182" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="350" />
            <source>Not yet filed</source>
            <translation>Sin pestaña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="169" />
            <source>Open the &amp;sample case</source>
            <translation>Abrir el caso de e&amp;jemplo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="168" />
            <source>Print the packet for a paper filing</source>
            <translation>Imprimir el paquete para presentarlo en papel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="176" />
            <source>Re&amp;move document…</source>
            <translation>&amp;Quitar el documento…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="138" />
            <source>Search all pages (Ctrl+F)</source>
            <translation>Buscar texto (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="139" />
            <source>Search the text of every page</source>
            <translation>Buscar en el texto de todas las páginas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="398" />
            <source>Select a tab (or a document in it) to sort it by date.</source>
            <translation>Seleccione una pestaña (o un documento en ella) para ordenarla por fecha.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="260" />
            <source>Show the page's &amp;text</source>
            <translation>Mostrar el &amp;texto de la página</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="147" />
            <source>Start a case for another applicant</source>
            <translation>Empezar un caso para otro solicitante</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="178" />
            <source>Take the selected documents out of the case (Delete)</source>
            <translation>Sacar del caso los documentos seleccionados (Supr)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="150" />
            <source>The cover sheet: applicant, relief sought, key factors</source>
            <translation>La portada: solicitante, alivio solicitado, factores clave</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/window_actions.py" line="165" />
            <source>Write the indexed packet PDF</source>
            <translation>Crear el PDF del paquete con índice</translation>
        </message>
    </context>
    <context>
        <name>WorkPanel</name>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="103" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="102" />
            <source>Enter password…</source>
            <translation>Escribir la contraseña…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="105" />
            <source>Hide this message</source>
            <translation>Ocultar este mensaje</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="96" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/work_panel.py" line="203" />
            <source>Problems (%n)</source>
            <translation>
                <numerusform>Problemas (%n)</numerusform>
                <numerusform>Problemas (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="104" />
            <source>Read the pages that failed once more</source>
            <translation>Volver a leer las páginas que fallaron</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="101" />
            <source>Remove document…</source>
            <translation>Quitar el documento…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="100" />
            <source>Try again</source>
            <translation>Intentar de nuevo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="86" />
            <source>Work in progress and problems</source>
            <translation>Trabajo en curso y problemas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="178" />
            <source>some pages could not be read</source>
            <translation>algunas páginas no se pudieron leer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="165" />
            <source>{name}: this file could not be added.</source>
            <translation>{name}: este archivo no se pudo agregar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/work_panel.py" line="179" />
            <source>{title}: {why}</source>
            <translation>{title}: {why}</translation>
        </message>
    </context>
    <context>
        <name>WrittenParts</name>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="50" />
            <source>A letter on top of the packet: what is asked, the factors for and against</source>
            <translation>Una carta encima del paquete: qué se pide y los factores a favor y en contra</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="49" />
            <source>Co&amp;ver letter…</source>
            <translation>Carta de presentaci&amp;ón…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="53" />
            <source>Si&amp;gnature and service…</source>
            <translation>Firma &amp;y notificación…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="46" />
            <source>State&amp;ment…</source>
            <translation>Dec&amp;laración…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="47" />
            <source>The applicant's statement, section by section, citing the exhibits</source>
            <translation>La declaración del solicitante, sección por sección, citando los anexos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="54" />
            <source>Who signs, and the certificate of service (ECAS, mail or hand)</source>
            <translation>Quién firma, y el certificado de notificación (ECAS, correo o en mano)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/written_common.py" line="105" />
            <source>Your changes are lost if you do not save them.</source>
            <translation>Sus cambios se pierden si no los guarda.</translation>
        </message>
    </context>
    <context>
        <name>WrittenSummary</name>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="157" />
            <source>Also in the packet: {parts}.</source>
            <translation>También en el paquete: {parts}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="109" />
            <source>Change the statement, cover letter or certificate of service</source>
            <translation>Cambiar la declaración, la carta de presentación o el certificado de notificación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="108" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="114" />
            <source>Co&amp;ver letter…</source>
            <translation>Carta de presentaci&amp;ón…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="159" />
            <source>No statement, cover letter or certificate of service.</source>
            <translation>Sin declaración, carta de presentación ni certificado de notificación.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="140" />
            <source>Reading the written parts</source>
            <translation>Leyendo las partes escritas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="115" />
            <source>Si&amp;gnature and service…</source>
            <translation>Firma &amp;y notificación…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="161" />
            <source>Signed by {name}.</source>
            <translation>Firma {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="113" />
            <source>State&amp;ment…</source>
            <translation>Dec&amp;laración…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="151" />
            <source>a certificate of service (ECAS)</source>
            <translation>un certificado de notificación (ECAS)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="153" />
            <source>a certificate of service (by hand)</source>
            <translation>un certificado de notificación (en mano)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="152" />
            <source>a certificate of service (mail)</source>
            <translation>un certificado de notificación (correo)</translation>
        </message>
        <message>
            <source>a certificate of service by hand</source>
            <translation type="vanished">un certificado de notificación en mano</translation>
        </message>
        <message>
            <source>a certificate of service by mail</source>
            <translation type="vanished">un certificado de notificación por correo</translation>
        </message>
        <message>
            <source>a certificate of service through ECAS</source>
            <translation type="vanished">un certificado de notificación por ECAS</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="150" />
            <source>a cover letter</source>
            <translation>una carta de presentación</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="148" />
            <source>the statement</source>
            <translation>la declaración</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/written.py" line="147" />
            <source>the statement (Spanish and English)</source>
            <translation>la declaración (en español y en inglés)</translation>
        </message>
        <message>
            <source>the statement (in Spanish, with its English translation)</source>
            <translation type="vanished">la declaración (en español, con su traducción al inglés)</translation>
        </message>
    </context>
    <context>
        <name>_NewPassphrase</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="203" />
            <source>&amp;Again:</source>
            <translation>&amp;Repítala:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="201" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="221" />
            <source>At least %1 characters.</source>
            <translation>Al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="196" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="197" />
            <source>New passphrase again</source>
            <translation>Nueva frase de contraseña, otra vez</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="226" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="206" />
            <source>Tip: four or five unrelated words, such as “river lamp orange seventy”, are easy to remember and hard to guess.</source>
            <translation>Consejo: cuatro o cinco palabras sin relación entre sí, como “río lámpara naranja setenta”, son fáciles de recordar y difíciles de adivinar.</translation>
        </message>
    </context>
    <context>
        <name>_Progress</name>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="56" />
            <source>Encrypting the data folder… Please keep the app open.</source>
            <translation>Cifrando la carpeta de datos… No cierre la aplicación.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/protection_ui.py" line="49" />
            <source>Protecting the data folder</source>
            <translation>Protegiendo la carpeta de datos</translation>
        </message>
    </context>
    <context>
        <name>_Warning</name>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="173" />
            <source>&lt;b&gt;If you lose this passphrase, nobody can open these cases again — not you, not us, not a clinic. There is no reset.&lt;/b&gt; Write it down and keep it somewhere safe.</source>
            <translation>&lt;b&gt;Si pierde esta frase de contraseña, nadie podrá volver a abrir estos casos: ni usted, ni nosotros, ni una clínica. No hay forma de recuperarla.&lt;/b&gt; Anótela y guárdela en un lugar seguro.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/dialogs/passphrase.py" line="178" />
            <source>I have &amp;written it down</source>
            <translation>La he anotado por &amp;escrito</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Black out an area</source>
            <translation type="vanished">Tachar un área</translation>
        </message>
        <message>
            <source>Remove a blacked-out area</source>
            <translation type="vanished">Quitar un área tachada</translation>
        </message>
    </context>
    <context>
        <name>deadlines</name>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/deadlines.py" line="52" />
            <source>(and %n more)</source>
            <translation>
                <numerusform>(y %n más)</numerusform>
                <numerusform>(y %n más)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="40" />
            <source>Checking deadlines</source>
            <translation>Revisando los plazos</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="48" />
            <source>Deadline: {message}</source>
            <translation>Plazo: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="60" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/deadlines.py" line="65" />
            <source>Due today</source>
            <translation>Vence hoy</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/deadlines.py" line="66" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>En %n día</numerusform>
                <numerusform>En %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/gui/deadlines.py" line="63" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Vencido hace %n día</numerusform>
                <numerusform>Vencido hace %n días</numerusform>
            </translation>
        </message>
    </context>
</TS>
