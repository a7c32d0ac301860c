export { shippedReference, shippedFiles } from "./shippedReference.js";
export { referenceMarkdown, undescribedFields, type ReferenceInputs, type ShippedFile } from "./referenceMarkdown.js";
