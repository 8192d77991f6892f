export { standardise, columnStats, complete, onUnits, type Attributes, type ColumnStats } from './attributes.js';
export { homogeneityOf, leastHomogeneous, type Homogeneity, type SectionHomogeneity } from './measure.js';
export { parseSimilarBy, readAttributes, type SimilarColumn } from './read.js';
export { planHomogeneity, homogeneityLine, type PlanHomogeneity } from './plan.js';
