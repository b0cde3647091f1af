#!/usr/bin/env python3
"""Regenerates the API fixtures from the reference in ../shared/api (run from the repo root:
python3 tests/data/api/extract_examples.py ../shared/api). Tests never read ../shared."""
import json, re, sys, pathlib, shutil

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/api')
out = pathlib.Path(__file__).resolve().parent
ops = json.loads((src / 'operations.json').read_text())
by_source = {o['source']: o['id'] for o in ops}
for tsv in ('endpoints-part1.tsv', 'endpoints-part2.tsv'):
    shutil.copy(src / tsv, out / tsv)

requests, examples = [], []
for md in sorted(src.glob('*.md')):
    op, mode, block, in_block = None, None, [], False
    for line in md.read_text().splitlines():
        m = re.match(r'^## .*\((\d{3}(?: [\d.]+)?)\)\s*$', line)
        if m:
            op = by_source.get(m.group(1))
            continue
        if line.startswith('**Example request'):
            mode = 'request'
        elif line.startswith('**Example response'):
            mode = 'response'
        m = re.match(r'^`([A-Z]+) https://\{endpoint\}(\S+)`', line)
        if m and op:
            requests.append({'id': op, 'method': m.group(1), 'url': m.group(2), 'file': md.name})
        if line.startswith('```json'):
            in_block, block = True, []
            continue
        if line.startswith('```') and in_block:
            in_block = False
            if op and mode:
                try:
                    doc = json.loads('\n'.join(block))
                except json.JSONDecodeError as e:
                    print('skipped unparsable block in', md.name, op, e, file=sys.stderr)
                    continue
                examples.append({'id': op, 'kind': mode, 'file': md.name, 'json': doc})
                # A request body belongs to the request line just above it.
                if mode == 'request' and requests and requests[-1]['id'] == op and 'body' not in requests[-1]:
                    requests[-1]['body'] = doc
            continue
        if in_block:
            block.append(line)

(out / 'example-requests.json').write_text(json.dumps(requests, indent=1) + '\n')
(out / 'md-examples.json').write_text(json.dumps(examples, indent=1) + '\n')
print(len(requests), 'example request lines,', len(examples), 'JSON examples')
