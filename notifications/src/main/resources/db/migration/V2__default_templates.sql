-- The built-in English templates (Mustache; variables as listed in docs/notices.md). An administrator changes
-- them, or adds other languages, through /api/notice-templates.
insert into notice_template (kind, language, subject, body) values
('HOLD_READY', 'en', 'Your hold is ready: {{title}}',
'Dear {{patronName}},

"{{title}}" is waiting for you{{#branch}} at {{branch}}{{/branch}}.
Please collect it by {{pickupBy}}; after that it goes to the next reader.

Copy: {{itemBarcode}}
'),
('HOLD_EXPIRED', 'en', 'Your hold has expired: {{title}}',
'Dear {{patronName}},

Your hold on "{{title}}" was not collected in time and has expired.
You are welcome to place it again.
'),
('HOLD_CANCELLED', 'en', 'Your hold was cancelled: {{title}}',
'Dear {{patronName}},

Your hold on "{{title}}" has been cancelled.
'),
('DUE_SOON', 'en', 'Due soon: {{title}}',
'Dear {{patronName}},

"{{title}}" (copy {{itemBarcode}}) is due back on {{dueDate}}.
You can renew it in your account if no one else is waiting for it.
'),
('OVERDUE', 'en', 'Overdue ({{level}}. notice): {{title}}',
'Dear {{patronName}},

"{{title}}" (copy {{itemBarcode}}) was due back on {{dueDate}}. Please return it as soon as you can.
'),
('FINE_CHARGED', 'en', 'A fine of {{amount}} was charged',
'Dear {{patronName}},

A fine of {{amount}} was charged to your account{{#title}} for "{{title}}"{{/title}}.
'),
('CHECKOUT_RECEIPT', 'en', 'Borrowed: {{title}}',
'Dear {{patronName}},

You borrowed "{{title}}" (copy {{itemBarcode}}). It is due back on {{dueDate}}.
');
