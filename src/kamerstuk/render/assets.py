"""The page's inline stylesheet and script (no external assets)."""

from __future__ import annotations

CSS = """
:root{--ink:#1f2328;--muted:#6b7280;--line:#e5e7eb;--bg:#f6f7f9;--card:#fff;--accent:#1d4ed8;
--context:#94a3b8;--context-bg:#f8fafc;--recommendation:#7c3aed;--recommendation-bg:#f5f3ff;
--response:#059669;--response-bg:#ecfdf5;--closing:#d97706;--closing-bg:#fffbeb;--other:#64748b;--other-bg:#f1f5f9;
--none:#cbd5e1;--none-bg:#fff;--hl:#fde047}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.6 Georgia,"Iowan Old Style","Times New Roman",serif}
.ui,.p-meta,.side,.doc-header dl,.legend,.badge,.kicker,.counts,h1,h2,h3,h4,h5,.footnotes,.diagnostics,.paragraph-notes{
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
.layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(18rem,24rem);gap:2rem;max-width:76rem;margin:0 auto;padding:1.5rem}
.doc-header{grid-column:1/-1;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.25rem 1.5rem}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.72rem;color:var(--muted)}
h1{font-size:1.55rem;line-height:1.25;margin:.2rem 0 .3rem}
.counts{color:var(--muted);font-size:.85rem;margin:0 0 .8rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem;font-size:.88rem}
dl.meta dt{color:var(--muted);font-weight:600}
dl.meta dd{margin:0}
.muted{color:var(--muted)}.small{font-size:.8rem}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem .9rem;padding:.6rem 0 0;margin:0;border-top:1px solid var(--line);font-size:.8rem}
.legend-item{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;width:1.1rem;height:.85rem;border-radius:3px;border:1px solid var(--c);border-left-width:5px;background:var(--b)}
.label-context{--c:var(--context);--b:var(--context-bg)}.label-recommendation{--c:var(--recommendation);--b:var(--recommendation-bg)}
.label-response{--c:var(--response);--b:var(--response-bg)}.label-closing{--c:var(--closing);--b:var(--closing-bg)}
.label-other{--c:var(--other);--b:var(--other-bg)}.label-none{--c:var(--none);--b:var(--none-bg)}
main.body{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.75rem 1.5rem;min-width:0}
.section-title{margin:1.4rem 0 .5rem;font-size:1.15rem}.section.level-2 .section-title{font-size:1rem;font-style:italic}
.section.level-3 .section-title,.section.level-4 .section-title{font-size:.95rem}
.section-title a{color:inherit;text-decoration:none}
.p-wrap{margin:0 0 .9rem;border-left:4px solid var(--c);background:var(--b);border-radius:0 6px 6px 0;padding:.35rem .8rem .45rem;transition:box-shadow .3s,background .3s}
.p-meta{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem;font-size:.72rem;color:var(--muted)}
.p-anchor{color:var(--muted);text-decoration:none;font-weight:600}
.label-tag{color:var(--c);font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.label-none .label-tag{color:var(--muted)}
.chip{display:inline-block;padding:0 .45rem;border-radius:999px;background:#ede9fe;color:#5b21b6;text-decoration:none;font-weight:600}
.page{margin-left:auto}
p.paragraph{margin:.15rem 0 0;hyphens:auto}
.p-wrap.highlight,.recommendation.highlight{box-shadow:0 0 0 3px var(--hl);background:#fefce8}
mark.commitment{background:#fef3c7;color:inherit;border-bottom:2px solid #f59e0b;padding:0 .1rem;border-radius:2px}
mark.commitment.firmness-conditional{border-bottom-style:dashed}mark.commitment.firmness-tentative{border-bottom-style:dotted;background:#fef9e7}
mark.commitment.firmness-negated{background:#fee2e2;border-bottom-color:#dc2626}
mark.commitment.highlight{outline:3px solid var(--hl)}
.deadline{font-weight:600;text-decoration:underline dotted}
.badge{display:inline-block;font-size:.7rem;line-height:1.5;padding:0 .45rem;border-radius:999px;background:#e5e7eb;color:#374151;
font-weight:600;white-space:nowrap;vertical-align:.08em}
.commitment-badge{background:#f59e0b;color:#fff;margin-left:.25rem}
.commitment-badge.firmness-conditional,.firmness.firmness-conditional{background:#fb923c;color:#fff}
.commitment-badge.firmness-tentative,.firmness.firmness-tentative{background:#fcd34d;color:#713f12}
.commitment-badge.firmness-negated,.firmness.firmness-negated{background:#dc2626;color:#fff}
.firmness.firmness-firm{background:#f59e0b;color:#fff}
.deadline-badge{background:#1e3a8a;color:#fff}
a.citation{text-decoration:underline;text-decoration-color:#93c5fd;text-underline-offset:2px}
span.citation.sample{color:var(--accent);text-decoration:underline}
.restated{background:linear-gradient(transparent 60%,#ddd6fe 60%)}
sup.footnote-ref{font-size:.7em;line-height:0}sup.footnote-ref a{text-decoration:none;padding:0 .1em}
ol.paragraph-notes{margin:.4rem 0 0;padding:.35rem 0 0 1.6rem;border-top:1px dashed #d1d5db;font-size:.78rem;color:#4b5563}
ol.paragraph-notes li{margin:.1rem 0}
.back{text-decoration:none;font-size:.8em}
.side{min-width:0}
.side .panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem;margin-bottom:1rem}
.side h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .6rem}
.recommendation{border:1px solid var(--line);border-left:4px solid var(--recommendation);border-radius:8px;padding:.6rem .75rem;margin:0 0 .75rem;font-size:.86rem;line-height:1.45;transition:box-shadow .3s}
.rec-head{display:flex;justify-content:space-between;align-items:center;gap:.5rem}
.rec-title{font-weight:700;color:var(--ink);text-decoration:none}
.rec-text{margin:.35rem 0;font-family:Georgia,serif}
.stance-adopted{--s:#059669}.stance-partly_adopted{--s:#0d9488}.stance-rejected{--s:#dc2626}
.stance-already_in_place{--s:#2563eb}.stance-noted{--s:#6b7280}.stance-unknown{--s:#9ca3af}
.badge.stance{background:var(--s);color:#fff}
blockquote.stance-evidence{margin:.45rem 0;padding:.3rem .6rem;border-left:3px solid var(--s);background:#f9fafb;font-style:italic;font-family:Georgia,serif}
.linked-head{font-size:.7rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-top:.4rem}
ul.linked-paragraphs{list-style:none;padding:0;margin:.25rem 0 0;display:flex;flex-wrap:wrap;gap:.3rem}
ul.linked-paragraphs li{display:flex;align-items:center;gap:.2rem;border:1px solid var(--line);border-radius:6px;padding:.05rem .35rem;font-size:.78rem}
a.paragraph-link{font-weight:700;text-decoration:none}
.method{color:var(--muted)}.method-explicit,.method-restates{color:#5b21b6}.score{color:var(--muted);font-variant-numeric:tabular-nums}
ul.commitment-list{list-style:none;padding:0;margin:0}
.commitment-item{border-top:1px solid var(--line);padding:.45rem 0;font-size:.85rem}
.commitment-item:first-child{border-top:0}
.commitment-item .badge{margin-left:.25rem}
.footnotes,.diagnostics{grid-column:1/-1;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.5rem;font-size:.85rem}
.footnotes h2,.diagnostics h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem}
.diagnostic.severity-warning .badge{background:#fde68a}
@media (min-width:900px){dl.meta{grid-template-columns:max-content minmax(0,1fr) max-content minmax(0,1fr)}.side{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto}}
@media (max-width:899px){.layout{grid-template-columns:minmax(0,1fr)}}
@media print{body{background:#fff;font-size:11pt}.layout{display:block;max-width:none;padding:0}
.doc-header,main.body,.side .panel,.footnotes,.diagnostics{border:0;padding:0;margin:0 0 1rem}
.side{position:static;max-height:none}.p-wrap{break-inside:avoid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.recommendation{break-inside:avoid}a{color:inherit}a.citation::after{content:" <" attr(href) ">";font-size:.75em;color:#555}}
"""

JS = """
(function(){
  function clear(){document.querySelectorAll('.highlight').forEach(function(el){el.classList.remove('highlight');});}
  function show(id, scroll){
    var el=document.getElementById(id); if(!el){return false;}
    clear();
    var box=el.classList.contains('paragraph')?el.parentElement:el;
    box.classList.add('highlight');
    if(el.classList.contains('recommendation')){
      (el.getAttribute('data-recommendation')||'').split(' ').forEach(function(r){
        document.querySelectorAll('p.paragraph').forEach(function(p){
          if((' '+(p.getAttribute('data-recommendations')||'')+' ').indexOf(' '+r+' ')>=0){p.parentElement.classList.add('highlight');}
        });
      });
    }
    if(scroll){box.scrollIntoView({behavior:'smooth',block:'center'});}
    return true;
  }
  document.addEventListener('click',function(ev){
    var a=ev.target&&ev.target.closest?ev.target.closest('a[href^="#"]'):null; if(!a){return;}
    var id=a.getAttribute('data-target')||a.getAttribute('data-highlight')||a.getAttribute('href').slice(1);
    if(show(id,true)){ev.preventDefault(); if(history.replaceState){history.replaceState(null,'','#'+id);}}
  });
  function ready(){
    if(location.hash.length>1){show(decodeURIComponent(location.hash.slice(1)),true);}
    document.body.setAttribute('data-ready','1');
  }
  if(document.readyState==='loading'){document.addEventListener('DOMContentLoaded',ready);}else{ready();}
})();
"""
