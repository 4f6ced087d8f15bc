#!/usr/bin/env python3
"""Draws docs/img/architecture.png: the layers and their feature packages, with the package dependencies that
remain after transitive reduction (read from the imports in src/main/java). Needs Graphviz (`dot`).

    python3 scripts/architecture-diagram.py
"""
import os
import re
import subprocess

ROOT = os.path.join(os.path.dirname(__file__), '..')
SRC = os.path.join(ROOT, 'src/main/java/jp/shomu/ledger')
OUT = os.path.join(ROOT, 'docs/img/architecture')
LAYERS = [('app', 'app — start-up, command line', '#fde2e4'),
          ('ui', 'ui — JavaFX views over view models', '#e2ece9'),
          ('report', 'report — Excel and CSV in and out', '#fff1e6'),
          ('service', 'service — rules, permissions, workflow', '#dfe7fd'),
          ('store', 'store — SQLite file or PostgreSQL: transactions, repositories', '#f0efeb'),
          ('domain', 'domain — pure Java', '#e9f5db')]
# What a box says besides its name; a package not listed shows its name only.
NOTES = {
    'app': 'Main', 'app.cli': 'cli\n(one class per command)', 'app.bench': 'bench\n(measuring tools)',
    'ui': 'ui\n(Startup, Workbench)', 'ui.common': 'common\n(DialogService, Session,\nProgress, Messages)',
    'ui.main': 'main\n(window, lists, MainDialogs)', 'ui.caseform': 'caseform\n(case form, CaseFormDialogs)',
    'ui.caseform.check': 'caseform.check\n(double check)', 'ui.caseform.flow': 'caseform.flow\n(reasons)',
    'ui.output': 'output\n(帳票 menu, OutputDialogs)', 'ui.audit': 'audit\n(監査ログ)',
    'ui.location': 'location\n(choose ledger)', 'ui.login': 'login\n(unknown user)',
    'report': 'report\n(temp files)', 'report.monthly': 'monthly\n(月次報告書)', 'report.imports': 'imports\n(template)',
    'report.handover': 'handover\n(引継ぎ)', 'report.audit': 'audit\n(audit workbook)',
    'service': 'service\n(LedgerContext, FieldInput,\nSensitiveData, progress)',
    'service.cases': 'cases\n(workflow, board, history)', 'service.audit': 'audit\n(trail, labels)',
    'service.archive': 'archive\n(fiscal-year archive,\ncheckpoint)',
    'service.settings': 'settings\n(roster, calendar,\nchange proposals, SLA)',
    'service.reports': 'reports\n(monthly, export,\nhandover)', 'service.imports': 'imports\n(case import)',
    'service.workplace': 'workplace\n(location, backup,\nnew ledger, drafts)', 'service.sample': 'sample\n(sample data)',
    'store': 'store\n(Ledger, Tx, Sql, Json,\nAuditLog, Migrations)',
    'store.cases': 'cases\n(repository, queries,\nsearch index)', 'store.audit': 'audit\n(verifier, anchors,\naccess log)',
    'store.archive': 'archive\n(copy, cut, plan)', 'store.settings': 'settings\n(catalog, staff,\nholidays, proposals)',
    'ui.desk': 'desk\n(業務責任者の机)', 'ui.centre': 'centre\n(センター業務)', 'ui.inquiries': 'inquiries\n(問合せ受付)',
    'ui.faq': 'faq\n(FAQ editor)', 'report.centre': 'centre\n(incident, meeting)', 'report.faq': 'faq\n(FAQ export)',
    'report.people': 'people\n(名簿, forecast)', 'service.assignment': 'assignment\n(assign, cover)',
    'service.desk': 'desk\n(SLA watch, recompute)', 'service.centre': 'centre\n(incidents, meetings,\ndeliverables)',
    'service.inquiries': 'inquiries\n(inquiries, FAQ)', 'service.people': 'people\n(roster terms,\nforecast)',
    'store.centre': 'centre', 'store.inquiries': 'inquiries\n(and FAQ)', 'store.months': 'months\n(accepted reports)',
    'store.people': 'people\n(terms, training,\nbadges)', 'store.desk': 'desk',
}


def packages_and_edges():
    classes = {}
    for d, _, files in os.walk(SRC):
        for f in files:
            if f.endswith('.java'):
                pkg = os.path.relpath(d, SRC).replace(os.sep, '.')
                classes[os.path.join(d, f)] = pkg
    by_name = {}
    for path, pkg in classes.items():
        by_name.setdefault(os.path.basename(path)[:-5], set()).add(pkg)
    edges = set()
    for path, pkg in classes.items():
        src = open(path, encoding='utf-8').read()
        for target in re.findall(r'jp\.shomu\.ledger\.([a-z.]+?)\.[A-Z]\w*', src):
            if target != pkg:
                edges.add((pkg, target))
    return set(classes.values()), edges


def reduced(nodes, edges):
    reach = {n: {b for a, b in edges if a == n} for n in nodes}
    changed = True
    while changed:
        changed = False
        for n in nodes:
            more = set().union(*(reach[m] for m in reach[n])) | reach[n]
            if more != reach[n]:
                reach[n], changed = more, True
    return {(a, b) for a, b in edges if not any(b in reach[m] for m in reach[a] if m != b)}


def main():
    packages, edges = packages_and_edges()
    layer = lambda p: p.split('.')[0]
    lines = ['digraph G {', '  rankdir=TB; compound=true; nodesep=0.25; ranksep=0.45;',
             '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="Noto Sans CJK JP", fontsize=10];',
             '  edge [color="#555555", arrowsize=0.6];', '  graph [fontname="Noto Sans CJK JP", fontsize=12];']
    inner = set()
    for name, title, colour in LAYERS:
        members = sorted(p for p in packages if layer(p) == name)
        lines.append(f'  subgraph cluster_{name} {{ label="{title}"; labeljust=l; style="rounded,filled";'
                     f' fillcolor="{colour}"; color="#999999";')
        for p in members:
            label = NOTES.get(p, p.split('.', 1)[-1]).replace('\n', '\\n')
            lines.append(f'    "{p}" [label="{label}"];')
        lines.append('  }')
        inner |= reduced(members, {(a, b) for a, b in edges if layer(a) == name and layer(b) == name})
    lines += [f'  "{a}" -> "{b}";' for a, b in sorted(inner)]
    order = [name for name, _, _ in LAYERS]
    for upper, lower in zip(order, order[1:]):
        sinks = [p for p in packages if layer(p) == upper and not any(a == p for a, _ in inner)]
        sources = [p for p in packages if layer(p) == lower and not any(b == p for _, b in inner)]
        # one thick arrow per pair of layers; invisible edges stack the layers top to bottom
        lines.append(f'  "{sinks[0]}" -> "{sources[0]}" [ltail=cluster_{upper}, lhead=cluster_{lower}, penwidth=3,'
                     ' color="#333333", arrowsize=1.0];')
        lines += [f'  "{a}" -> "{b}" [style=invis];' for a in sinks for b in sources]
    lines.append('}')
    with open(OUT + '.dot', 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    subprocess.run(['dot', '-Tpng', '-Gdpi=100', OUT + '.dot', '-o', OUT + '.png'], check=True)


if __name__ == '__main__':
    main()
