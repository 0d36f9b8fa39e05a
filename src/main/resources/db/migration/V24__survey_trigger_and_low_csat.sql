-- The trigger that sends the satisfaction survey: on a status change to solved it replies with the rating link in
-- the customer's language. Seeded switched off: turned on by an upgrade it would suddenly write to every customer
-- whose ticket is solved, which an admin should decide (Admin -> Triggers, or PUT /api/v1/triggers/{id}).
insert into automation_trigger (name, enabled, position, activator, events, match_all, conditions, actions,
        fire_count, created_at, updated_at, version)
select 'Ask for a satisfaction rating', false, coalesce(max(position), 0) + 1, 'event', 'ticket_updated', true,
       '[{"field":"ticket.changed","operator":"contains","value":"status"},{"field":"ticket.status","operator":"is","value":"solved"}]',
       '[{"type":"reply","variants":{'
       || '"en":"Hi {{customer.first_name}},\n\nwe have solved your request #{{ticket.number}} ({{ticket.subject}}). How satisfied are you with the help you got? One click tells us:\n\n{{ticket.satisfaction_link}}\n\nThank you!\n{{brand.name}}",'
       || '"de":"Hallo {{customer.first_name}},\n\nIhre Anfrage #{{ticket.number}} ({{ticket.subject}}) ist gelöst. Wie zufrieden sind Sie mit unserer Hilfe? Ein Klick genügt:\n\n{{ticket.satisfaction_link}}\n\nVielen Dank!\n{{brand.name}}",'
       || '"es":"Hola, {{customer.first_name}}:\n\nHemos resuelto su solicitud n.º {{ticket.number}} ({{ticket.subject}}). ¿Qué tan satisfecho está con la ayuda que recibió? Basta con un clic:\n\n{{ticket.satisfaction_link}}\n\n¡Gracias!\n{{brand.name}}",'
       || '"fr":"Bonjour {{customer.first_name}},\n\nNous avons résolu votre demande n° {{ticket.number}} ({{ticket.subject}}). Êtes-vous satisfait de notre aide ? Un clic suffit pour nous le dire :\n\n{{ticket.satisfaction_link}}\n\nMerci !\n{{brand.name}}",'
       || '"ja":"{{customer.name}} 様\n\nお問い合わせ #{{ticket.number}}（{{ticket.subject}}）は解決しました。今回のサポートにどの程度満足されましたか？ワンクリックでお聞かせください。\n\n{{ticket.satisfaction_link}}\n\nありがとうございました。\n{{brand.name}}",'
       || '"zh-CN":"{{customer.name}}，您好：\n\n您的请求 #{{ticket.number}}（{{ticket.subject}}）已解决。您对本次获得的帮助满意吗？点击一下即可告诉我们：\n\n{{ticket.satisfaction_link}}\n\n谢谢！\n{{brand.name}}",'
       || '"zh-TW":"{{customer.name}}，您好：\n\n您的請求 #{{ticket.number}}（{{ticket.subject}}）已解決。您對這次獲得的協助滿意嗎？點一下即可告訴我們：\n\n{{ticket.satisfaction_link}}\n\n謝謝！\n{{brand.name}}"'
       || '}}]',
       0, current_timestamp, current_timestamp, 0
from automation_trigger;

-- Sampling plans of kind low_csat send the conversations whose latest satisfaction rating is at most max_score to
-- re-review (docs/quality.md); the other kinds ignore it.
alter table quality_sampling_plan add column max_score integer not null default 2;
