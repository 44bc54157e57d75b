import { ModelData, Model } from "@kubernetes-models/base";
/**
 * Pod metadata
 */
export interface IMetadata {
    "annotations"?: {
        [key: string]: string;
    };
    "labels"?: {
        [key: string]: string;
    };
}
/**
 * Pod metadata
 */
export declare class Metadata extends Model<IMetadata> implements IMetadata {
    "annotations"?: {
        [key: string]: string;
    };
    "labels"?: {
        [key: string]: string;
    };
    constructor(data?: ModelData<IMetadata>);
}
export type { IMetadata as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata, Metadata as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata };
