export type IConcurrencyPolicy = "Allow" | "Forbid" | "Replace";
export type ConcurrencyPolicy = IConcurrencyPolicy;
export type { IConcurrencyPolicy as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ConcurrencyPolicy, ConcurrencyPolicy as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ConcurrencyPolicy };
