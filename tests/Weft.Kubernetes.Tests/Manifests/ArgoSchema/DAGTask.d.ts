import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Arguments } from "./Arguments.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ContinueOn } from "./ContinueOn.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1LifecycleHooks } from "./LifecycleHooks.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template } from "./Template.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1TemplateRef } from "./TemplateRef.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Sequence } from "./Sequence.js";
import { ModelData, Model } from "@kubernetes-models/base";
/**
 * DAGTask represents a node in the graph during DAG execution
 * Note: CEL validation cannot check withItems (Schemaless) or inline (PreserveUnknownFields) fields.
 */
export interface IDAGTask {
    /**
     * Arguments are the parameter and artifact arguments to the template
     */
    "arguments"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Arguments;
    /**
     * ContinueOn makes argo to proceed with the following step even if this step fails.
     * Errors and Failed states can be specified
     */
    "continueOn"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ContinueOn;
    /**
     * Dependencies are name of other targets which this depends on
     */
    "dependencies"?: Array<string>;
    /**
     * Depends are name of other targets which this depends on
     */
    "depends"?: string;
    /**
     * Hooks hold the lifecycle hook which is invoked at lifecycle of
     * task, irrespective of the success, failure, or error status of the primary task
     */
    "hooks"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1LifecycleHooks;
    /**
     * Inline is the template. Template must be empty if this is declared (and vice-versa).
     * Note: As mentioned in the corresponding definition in WorkflowStep, this struct is defined recursively,
     * so we need "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
     */
    "inline"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template;
    /**
     * Name is the name of the target
     */
    "name": string;
    /**
     * OnExit is a template reference which is invoked at the end of the
     * template, irrespective of the success, failure, or error of the
     * primary template.
     * DEPRECATED: Use Hooks[exit].Template instead.
     */
    "onExit"?: string;
    /**
     * Name of template to execute
     */
    "template"?: string;
    /**
     * TemplateRef is the reference to the template resource to execute.
     */
    "templateRef"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1TemplateRef;
    /**
     * When is an expression in which the task should conditionally execute
     */
    "when"?: string;
    /**
     * WithItems expands a task into multiple parallel tasks from the items in the list
     * Note: The structure of WithItems is free-form, so we need
     * "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
     */
    "withItems"?: any;
    /**
     * WithParam expands a task into multiple parallel tasks from the value in the parameter,
     * which is expected to be a JSON list.
     */
    "withParam"?: string;
    /**
     * WithSequence expands a task into a numeric sequence
     */
    "withSequence"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Sequence;
}
/**
 * DAGTask represents a node in the graph during DAG execution
 * Note: CEL validation cannot check withItems (Schemaless) or inline (PreserveUnknownFields) fields.
 */
export declare class DAGTask extends Model<IDAGTask> implements IDAGTask {
    "arguments"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Arguments;
    "continueOn"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ContinueOn;
    "dependencies"?: Array<string>;
    "depends"?: string;
    "hooks"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1LifecycleHooks;
    "inline"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template;
    "name": string;
    "onExit"?: string;
    "template"?: string;
    "templateRef"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1TemplateRef;
    "when"?: string;
    "withItems"?: any;
    "withParam"?: string;
    "withSequence"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Sequence;
    constructor(data?: ModelData<IDAGTask>);
}
export type { IDAGTask as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTask, DAGTask as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTask };
