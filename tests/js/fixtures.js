// The contract the build writes into the questionnaire page (make js-test writes it to types/contract.json).

import { readFileSync } from "node:fs";

import { parseContract } from "../../docs/assets/javascripts/contract.js";

export const contractText = readFileSync(new URL("../../types/contract.json", import.meta.url), "utf8");

export const sampleContract = () => parseContract(contractText);
