-- Sample data as PMO Desk 0.1 (schema v1) writes it: two returns of one identity (the first
-- superseded, then restored and superseded again), a rejected import and a setting.
-- Never edit: the upgrade test opens a database holding exactly this with the current code.
INSERT INTO directorates (id, code, name) VALUES (1, 'DSI', 'Direction des systèmes d''information');
INSERT INTO projects (id, code, directorate_id) VALUES (1, 'DSI-001', 1);

INSERT INTO imports (id, file_name, file_path, file_size, sha256, imported_at, outcome, findings,
                     directorate_code, year, campaign, superseded_return_id)
VALUES (1, 'DSI_2026_BI.xlsx', '/home/pmo/DSI_2026_BI.xlsx', 20480,
        '1111111111111111111111111111111111111111111111111111111111111111', '2026-01-15T09:30:00.000Z',
        'imported', '[]', 'DSI', 2026, 'BI', NULL);
INSERT INTO returns (id, import_id, directorate_id, year, campaign, is_current, directorate_name, submitted_on,
                     owner, unit, envelope_cents)
VALUES (1, 1, 1, 2026, 'BI', 1, NULL, NULL, NULL, 'EUR', NULL);

INSERT INTO imports (id, file_name, file_path, file_size, sha256, imported_at, outcome, findings,
                     directorate_code, year, campaign, superseded_return_id)
VALUES (2, 'DSI_2026_BI_v2.xlsx', '/home/pmo/DSI_2026_BI_v2.xlsx', 21504,
        '2222222222222222222222222222222222222222222222222222222222222222', '2026-01-20T14:00:00.000Z',
        'imported', '[{"severity":"warning","sheet":"Budget","cell":"D4","key":"AmountInvalid","args":[["found","1,234.567"]]}]',
        'DSI', 2026, 'BI', 1);
UPDATE returns SET is_current = 0 WHERE id = 1;
INSERT INTO returns (id, import_id, directorate_id, year, campaign, is_current, directorate_name, submitted_on,
                     owner, unit, envelope_cents)
VALUES (2, 2, 1, 2026, 'BI', 1, 'Direction des systèmes d''information', '2026-01-19', 'Claire Martin', 'kEUR', 150000000);
INSERT INTO restorations (id, restored_at, restored_return_id, replaced_return_id)
VALUES (1, '2026-01-21T08:00:00.000Z', 1, 2);
INSERT INTO restorations (id, restored_at, restored_return_id, replaced_return_id)
VALUES (2, '2026-01-21T08:05:00.000Z', 2, 1);

INSERT INTO return_projects VALUES (2, 0, 'DSI-001', 'Refonte du SI RH', 'Clients d''abord', 'Digital', 'Éloïse Durand',
    'DG', 'in_progress', 1, 'Stratégique', '2026-01-15', '2027-06-30', 1, 'Description', 'Projets', 5);
INSERT INTO return_budget_lines VALUES (2, 0, 'DSI-001', 'CAPEX', 'external',
    10000000, 2500050, 0, 1, 0, 0, 0, 0, 'Budget', 10);
INSERT INTO return_workload VALUES (2, 0, 'DSI-001', 'Études', '10.5', '0.125', '20', '0', '0', '0', '0', '0', 65050, 'Charges', 4);
INSERT INTO return_capacity VALUES (2, 0, 'Études', '120', '110.5', '90', '130', NULL, NULL);
INSERT INTO return_statuses VALUES (2, 0, 'DSI-001', '2026-01-10', 'cloudy', 'rainy', NULL, NULL, NULL, '45.5',
    'Retard fournisseur', NULL, 'Arbitrer', 'Météo', 6);
INSERT INTO return_risks VALUES (2, 0, 'DSI-001', 'R-1', 'Dépendance éditeur', 3, 4, 'RSSI', NULL, 'open', '2026-09-30', 'Risques', 2);
INSERT INTO return_milestones VALUES (2, 0, 'DSI-001', 'Mise en production', '2026-06-01', NULL, NULL, 'Jalons', 3);
INSERT INTO return_sheets VALUES (2, 0, 'Budget');
INSERT INTO return_columns VALUES (2, 0, 0, 'project', 0);
INSERT INTO return_columns VALUES (2, 0, 1, 'planned_q1', 3);
INSERT INTO return_key_cells VALUES (2, 0, 'envelope', 'Direction', 'B9');

INSERT INTO imports (id, file_name, file_path, file_size, sha256, imported_at, outcome, findings,
                     directorate_code, year, campaign, superseded_return_id)
VALUES (3, 'DRH.xlsx', 'C:\Users\pmo\DRH.xlsx', 512,
        '3333333333333333333333333333333333333333333333333333333333333333', '2026-01-22T10:00:00.000Z',
        'rejected', '[{"severity":"error","sheet":null,"cell":null,"key":"FileEncrypted","args":[]}]',
        NULL, NULL, NULL, NULL);

INSERT INTO settings VALUES ('organisation', 'ACME SA');

-- v2: one CODIR pack built from both DSI returns.
INSERT INTO reports (id, kind, title, options, generated_at, sha256, size, pages, file_path) VALUES
 (1, 'codir', 'Revue trimestrielle du portefeuille — T1 2026', '{"year":2026,"quarter":1,"lang":"fr","unit":"eur"}',
  '2026-04-20T08:00:00.000Z', '1111111111111111111111111111111111111111111111111111111111111111', 123456, 42,
  '/home/pmo/Documents/PMO Desk/codir-2026-T1.pdf');
INSERT INTO report_returns (report_id, return_id) VALUES (1, 1), (1, 2);
