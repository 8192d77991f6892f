export { standardise, columnStats, complete, onUnits, type Attributes, type ColumnStats } from './attributes.js';
export { homogeneityOf, leastHomogeneous, type Homogeneity, type SectionHomogeneity } from './measure.js';
export {
  readAttributeTable,
  attributeTableOf,
  parseSimilarBy,
  zoneAttributes,
  attributesOf,
  withAttributes,
  type AttributeTable,
  type AttributeInput,
  type SimilarBy,
  type ZoneAttributes,
} from './table.js';
export { planHomogeneity, formatHomogeneity, type PlanHomogeneity, type SectionProfile } from './plan.js';
