import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTask } from "./DAGTask.js";
import { ModelData, Model } from "@kubernetes-models/base";
/**
 * DAGTemplate is a template subtype for directed acyclic graph templates
 */
export interface IDAGTemplate {
    /**
     * This flag is for DAG logic. The DAG logic has a built-in "fail fast" feature to stop scheduling new steps,
     * as soon as it detects that one of the DAG nodes is failed. Then it waits until all DAG nodes are completed
     * before failing the DAG itself.
     * The FailFast flag default is true,  if set to false, it will allow a DAG to run all branches of the DAG to
     * completion (either success or failure), regardless of the failed outcomes of branches in the DAG.
     * More info and example about this feature at https://github.com/argoproj/argo-workflows/issues/1442
     */
    "failFast"?: boolean;
    /**
     * Target are one or more names of targets to execute in a DAG
     */
    "target"?: string;
    /**
     * Tasks are a list of DAG tasks
     * MaxItems is an artificial limit to limit CEL validation costs - see note at top of file
     */
    "tasks": Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTask>;
}
/**
 * DAGTemplate is a template subtype for directed acyclic graph templates
 */
export declare class DAGTemplate extends Model<IDAGTemplate> implements IDAGTemplate {
    "failFast"?: boolean;
    "target"?: string;
    "tasks": Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTask>;
    constructor(data?: ModelData<IDAGTemplate>);
}
export type { IDAGTemplate as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTemplate, DAGTemplate as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTemplate };
