export { Partition, type Updater } from './partition.js';
export { unitGraphOf, unitGraphFrom, latticeGraph, type UnitGraph } from './graph.js';
export { partitionOfPlan, planOfPartition, type PlanPartition } from './plan.js';
export { sumUpdater, labelUpdater, internalEdgeUpdater, labelIndex, edgeWeights, type SectionSums, type SectionLabels } from './updaters.js';
export { drawSpanningTree, subtreeSums, subtreeUnits, treeBuffers, validCuts, type CsrGraph, type TreeBuffers, type SideTest } from './tree.js';
