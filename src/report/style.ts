/** The report's stylesheet, inlined so the HTML file works offline and prints cleanly. */
export const REPORT_CSS = `
:root{--ink:#1f2328;--muted:#5b6470;--line:#dde1e6;--bg:#f4f6f8;--accent:#1d4e89;--ok:#116329;--okbg:#d3f5dc;--bad:#a40e26;--badbg:#ffe1e1;--warn:#7a4d00;--warnbg:#fff4d1}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans","Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:32px 24px 40px}
header{border-bottom:3px solid var(--accent);padding-bottom:12px;margin-bottom:20px}
h1{font-size:28px;line-height:1.2;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:18px;margin:0 0 14px;color:var(--accent);letter-spacing:.01em}
.subtitle{margin:0;color:var(--muted);font-size:16px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0 0 16px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.06em}
.card .value{font-size:26px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.3}
.card .value sup{font-size:14px;color:var(--warn)}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:16px 0}
.notice{background:var(--warnbg);color:var(--warn);border-left:4px solid #d4a72c;padding:10px 14px;border-radius:4px;margin:0 0 16px}
.note{color:var(--muted);margin:8px 0 0}
.small{font-size:12.5px}
.muted{color:var(--muted)}
ul.rules,ul.figures{margin:0;padding-left:20px}
ul.rules li,ul.figures li{margin:3px 0}
ul.figures{margin-top:12px}
figure{margin:0}
figure svg{display:block;width:100%;height:auto}
figcaption{color:var(--muted);font-size:13px;margin-top:6px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top;text-align:left}
thead th{background:#eef1f5;font-weight:600;font-size:13px;border-bottom:2px solid #c9d0d8}
tfoot th{border-top:2px solid #c9d0d8;border-bottom:none}
tbody tr:nth-child(even){background:#fafbfc}
.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap}
td.zones{min-width:170px}
.problems{min-width:150px}
.section-name{font-weight:600;white-space:nowrap}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;border:1px solid #2b2f36;margin-right:8px;vertical-align:-1px}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12.5px;font-weight:600;white-space:nowrap}
.badge.big{font-size:16px;padding:2px 12px;white-space:normal;line-height:1.35;border-radius:10px}
.ok{background:var(--okbg);color:var(--ok)}
.bad{background:var(--badbg);color:var(--bad)}
.neutral{background:#eaeef2;color:var(--muted)}
.problems{color:var(--bad);margin-top:3px}
.link{color:#1d5a8a;margin-top:3px}
h3{font-size:15px;margin:18px 0 8px;color:var(--ink)}
ul.explained{margin:0;padding-left:20px}
ul.explained li{margin:6px 0}
ul.summary{font-weight:600;margin:10px 0 0;padding-left:20px}
tr.reported td.plan-name{font-weight:700}
.maps-pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px;align-items:start}
.credit{white-space:nowrap}
footer{color:var(--muted);font-size:12.5px;border-top:1px solid var(--line);margin-top:24px;padding-top:10px}
footer p{margin:4px 0}
@media print{body{background:#fff;font-size:12px}main{max-width:none;padding:0}section{border:none;padding:8px 0;break-inside:avoid}.card{border-color:#bbb}}
`;
