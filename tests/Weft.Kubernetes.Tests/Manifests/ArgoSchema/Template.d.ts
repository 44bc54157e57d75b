import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { IIoK8sApiCoreV1Affinity } from "kubernetes-models/v1/Affinity";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ArtifactLocation } from "./ArtifactLocation.js";
import { IIoK8sApiCoreV1Container } from "kubernetes-models/v1/Container";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ContainerSetTemplate } from "./ContainerSetTemplate.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTemplate } from "./DAGTemplate.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Data } from "./Data.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ExecutorConfig } from "./ExecutorConfig.js";
import { IIoK8sApiCoreV1HostAlias } from "kubernetes-models/v1/HostAlias";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1HTTP } from "./HTTP.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1UserContainer } from "./UserContainer.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Inputs } from "./Inputs.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Memoize } from "./Memoize.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata } from "./Metadata.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metrics } from "./Metrics.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Outputs } from "./Outputs.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Plugin } from "./Plugin.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ResourceTemplate } from "./ResourceTemplate.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy } from "./RetryStrategy.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ScriptTemplate } from "./ScriptTemplate.js";
import { IIoK8sApiCoreV1PodSecurityContext } from "kubernetes-models/v1/PodSecurityContext";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ParallelSteps } from "./ParallelSteps.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1SuspendTemplate } from "./SuspendTemplate.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Synchronization } from "./Synchronization.js";
import { IIoK8sApiCoreV1Toleration } from "kubernetes-models/v1/Toleration";
import { IIoK8sApiCoreV1Volume } from "kubernetes-models/v1/Volume";
import { ModelData, Model } from "@kubernetes-models/base";
/**
 * Template is a reusable and composable unit of execution in a workflow
 */
export interface ITemplate {
    /**
     * Optional duration in seconds relative to the StartTime that the pod may be active on a node
     * before the system actively tries to terminate the pod; value must be positive integer
     * This field is only applicable to container and script templates.
     */
    "activeDeadlineSeconds"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    /**
     * Affinity sets the pod's scheduling constraints
     * Overrides the affinity set at the workflow level (if any)
     */
    "affinity"?: IIoK8sApiCoreV1Affinity;
    /**
     * Annotations is a list of annotations to add to the template at runtime
     */
    "annotations"?: {
        [key: string]: string;
    };
    /**
     * Location in which all files related to the step will be stored (logs, artifacts, etc...).
     * Can be overridden by individual items in Outputs. If omitted, will use the default
     * artifact repository location configured in the controller, appended with the
     * <workflowname>/<nodename> in the key.
     */
    "archiveLocation"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ArtifactLocation;
    /**
     * AutomountServiceAccountToken indicates whether a service account token should be automatically mounted in pods.
     * ServiceAccountName of ExecutorConfig must be specified if this value is false.
     */
    "automountServiceAccountToken"?: boolean;
    /**
     * Container is the main container image to run in the pod
     */
    "container"?: IIoK8sApiCoreV1Container;
    /**
     * ContainerSet groups multiple containers within a single pod.
     */
    "containerSet"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ContainerSetTemplate;
    /**
     * Daemon will allow a workflow to proceed to the next step so long as the container reaches readiness
     */
    "daemon"?: boolean;
    /**
     * DAG template subtype which runs a DAG
     */
    "dag"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTemplate;
    /**
     * Data is a data template
     */
    "data"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Data;
    /**
     * Executor holds configurations of the executor container.
     */
    "executor"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ExecutorConfig;
    /**
     * FailFast, if specified, will fail this template if any of its child pods has failed. This is useful for when this
     * template is expanded with `withItems`, etc.
     */
    "failFast"?: boolean;
    /**
     * HostAliases is an optional list of hosts and IPs that will be injected into the pod spec
     */
    "hostAliases"?: Array<IIoK8sApiCoreV1HostAlias>;
    /**
     * HTTP makes a HTTP request
     */
    "http"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1HTTP;
    /**
     * InitContainers is a list of containers which run before the main container.
     */
    "initContainers"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1UserContainer>;
    /**
     * Inputs describe what inputs parameters and artifacts are supplied to this template
     */
    "inputs"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Inputs;
    /**
     * Memoize allows templates to use outputs generated from already executed templates
     */
    "memoize"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Memoize;
    /**
     * Metadata sets the pods's metadata, i.e. annotations and labels
     */
    "metadata"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata;
    /**
     * Metrics are a list of metrics emitted from this template
     */
    "metrics"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metrics;
    /**
     * Name is the name of the template
     */
    "name"?: string;
    /**
     * NodeSelector is a selector to schedule this step of the workflow to be
     * run on the selected node(s). Overrides the selector set at the workflow level.
     */
    "nodeSelector"?: {
        [key: string]: string;
    };
    /**
     * Outputs describe the parameters and artifacts that this template produces
     */
    "outputs"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Outputs;
    /**
     * Parallelism limits the max total parallel pods that can execute at the same time within the
     * boundaries of this template invocation. If additional steps/dag templates are invoked, the
     * pods created by those templates will not be counted towards this total.
     */
    "parallelism"?: number;
    /**
     * Plugin is a plugin template
     * Note: the structure of a plugin template is free-form, so we need to have
     * "x-kubernetes-preserve-unknown-fields: true" in the validation schema.
     */
    "plugin"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Plugin;
    /**
     * PodSpecPatch holds strategic merge patch to apply against the pod spec. Allows parameterization of
     * container fields which are not strings (e.g. resource limits).
     */
    "podSpecPatch"?: string;
    /**
     * PriorityClassName to apply to workflow pods.
     */
    "priorityClassName"?: string;
    /**
     * Resource template subtype which can run k8s resources
     */
    "resource"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ResourceTemplate;
    /**
     * RetryStrategy describes how to retry a template when it fails
     */
    "retryStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy;
    /**
     * If specified, the pod will be dispatched by specified scheduler.
     * Or it will be dispatched by workflow scope scheduler if specified.
     * If neither specified, the pod will be dispatched by default scheduler.
     */
    "schedulerName"?: string;
    /**
     * Script runs a portion of code against an interpreter
     */
    "script"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ScriptTemplate;
    /**
     * SecurityContext holds pod-level security attributes and common container settings.
     * Optional: Defaults to empty.  See type description for default values of each field.
     */
    "securityContext"?: IIoK8sApiCoreV1PodSecurityContext;
    /**
     * ServiceAccountName to apply to workflow pods
     */
    "serviceAccountName"?: string;
    /**
     * Sidecars is a list of containers which run alongside the main container
     * Sidecars are automatically killed when the main container completes
     */
    "sidecars"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1UserContainer>;
    /**
     * Steps define a series of sequential/parallel workflow steps
     */
    "steps"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ParallelSteps>;
    /**
     * Suspend template subtype which can suspend a workflow when reaching the step
     */
    "suspend"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1SuspendTemplate;
    /**
     * Synchronization holds synchronization lock configuration for this template
     */
    "synchronization"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Synchronization;
    /**
     * Timeout allows to set the total node execution timeout duration counting from the node's start time.
     * This duration also includes time in which the node spends in Pending state. This duration may not be applied to Step or DAG templates.
     */
    "timeout"?: string;
    /**
     * Tolerations to apply to workflow pods.
     */
    "tolerations"?: Array<IIoK8sApiCoreV1Toleration>;
    /**
     * Volumes is a list of volumes that can be mounted by containers in a template.
     */
    "volumes"?: Array<IIoK8sApiCoreV1Volume>;
}
/**
 * Template is a reusable and composable unit of execution in a workflow
 */
export declare class Template extends Model<ITemplate> implements ITemplate {
    "activeDeadlineSeconds"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "affinity"?: IIoK8sApiCoreV1Affinity;
    "annotations"?: {
        [key: string]: string;
    };
    "archiveLocation"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ArtifactLocation;
    "automountServiceAccountToken"?: boolean;
    "container"?: IIoK8sApiCoreV1Container;
    "containerSet"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ContainerSetTemplate;
    "daemon"?: boolean;
    "dag"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1DAGTemplate;
    "data"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Data;
    "executor"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ExecutorConfig;
    "failFast"?: boolean;
    "hostAliases"?: Array<IIoK8sApiCoreV1HostAlias>;
    "http"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1HTTP;
    "initContainers"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1UserContainer>;
    "inputs"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Inputs;
    "memoize"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Memoize;
    "metadata"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata;
    "metrics"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metrics;
    "name"?: string;
    "nodeSelector"?: {
        [key: string]: string;
    };
    "outputs"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Outputs;
    "parallelism"?: number;
    "plugin"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Plugin;
    "podSpecPatch"?: string;
    "priorityClassName"?: string;
    "resource"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ResourceTemplate;
    "retryStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy;
    "schedulerName"?: string;
    "script"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ScriptTemplate;
    "securityContext"?: IIoK8sApiCoreV1PodSecurityContext;
    "serviceAccountName"?: string;
    "sidecars"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1UserContainer>;
    "steps"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ParallelSteps>;
    "suspend"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1SuspendTemplate;
    "synchronization"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Synchronization;
    "timeout"?: string;
    "tolerations"?: Array<IIoK8sApiCoreV1Toleration>;
    "volumes"?: Array<IIoK8sApiCoreV1Volume>;
    constructor(data?: ModelData<ITemplate>);
}
export type { ITemplate as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template, Template as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template };
