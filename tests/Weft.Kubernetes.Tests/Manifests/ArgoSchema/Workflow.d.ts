import { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec } from "./WorkflowSpec.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowStatus } from "./WorkflowStatus.js";
import { ModelData, TypeMeta, Model } from "@kubernetes-models/base";
/**
 * Workflow is the definition of a workflow resource
 */
export interface IWorkflow extends TypeMeta {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "Workflow";
    "metadata": IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec;
    "status"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowStatus;
}
/**
 * Workflow is the definition of a workflow resource
 */
export declare class Workflow extends Model<IWorkflow> implements IWorkflow {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "Workflow";
    "metadata": IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec;
    "status"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowStatus;
    static apiVersion: IWorkflow["apiVersion"];
    static kind: IWorkflow["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<IWorkflow>;
    constructor(data?: ModelData<IWorkflow>);
}
export type { IWorkflow as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Workflow, Workflow as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Workflow };
