import { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowSpec } from "./CronWorkflowSpec.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowStatus } from "./CronWorkflowStatus.js";
import { ModelData, TypeMeta, Model } from "@kubernetes-models/base";
/**
 * CronWorkflow is the definition of a scheduled workflow resource
 */
export interface ICronWorkflow extends TypeMeta {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "CronWorkflow";
    "metadata": IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowSpec;
    "status"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowStatus;
}
/**
 * CronWorkflow is the definition of a scheduled workflow resource
 */
export declare class CronWorkflow extends Model<ICronWorkflow> implements ICronWorkflow {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "CronWorkflow";
    "metadata": IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowSpec;
    "status"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowStatus;
    static apiVersion: ICronWorkflow["apiVersion"];
    static kind: ICronWorkflow["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<ICronWorkflow>;
    constructor(data?: ModelData<ICronWorkflow>);
}
export type { ICronWorkflow as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflow, CronWorkflow as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflow };
