"""GerryChain's ReCom on a graph exported by bench/audit.ts, adapted to decoupage's charter the way the audit's
chain is: merge two adjacent sections, draw a spanning tree, cut it so that both halves reach the member
threshold (target = half the pair, epsilon = (half - threshold) / half). Our own script, run beside decoupage
on the same machine; GerryChain itself is fetched outside this repository (PYTHONPATH).
Usage: python3 bench/gerrychain_recom.py graph.json STEPS SEED  ->  one JSON line: steps, seconds, moved."""
import json
import random
import sys
import time

from gerrychain import Graph, MarkovChain, Partition
from gerrychain.accept import always_accept
from gerrychain.tree import bipartition_tree
from gerrychain.updaters import Tally, cut_edges

with open(sys.argv[1]) as f:
    data = json.load(f)
steps = int(sys.argv[2])
random.seed(int(sys.argv[3]))
threshold = data["threshold"]

graph = Graph()
graph.add_nodes_from((i, {"m": m}) for i, m in enumerate(data["members"]))
graph.add_edges_from(tuple(e) for e in data["edges"])
start = Partition(graph, {i: s for i, s in enumerate(data["assignment"])}, updaters={"m": Tally("m"), "cut_edges": cut_edges})
moved = 0


def proposal(p):
    global moved
    edge = random.choice(tuple(p["cut_edges"]))
    a, b = p.assignment.mapping[edge[0]], p.assignment.mapping[edge[1]]
    nodes = p.parts[a] | p.parts[b]
    half = (p["m"][a] + p["m"][b]) / 2
    try:
        side = bipartition_tree(p.graph.subgraph(nodes).graph, "m", half, (half - threshold) / half, max_attempts=20)
    except Exception:
        # no valid cut in 20 trees, or a pair of two single zones (GerryChain's root choice fails): stay
        return p
    moved += 1
    return p.flip({n: (a if n in side else b) for n in nodes})


chain = MarkovChain(proposal, constraints=[], accept=always_accept, initial_state=start, total_steps=steps)
t = time.perf_counter()
for _ in chain:
    pass
print(json.dumps({"steps": steps, "seconds": time.perf_counter() - t, "moved": moved}))
