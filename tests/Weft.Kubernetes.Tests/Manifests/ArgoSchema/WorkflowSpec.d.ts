import { IIoK8sApiCoreV1Affinity } from "kubernetes-models/v1/Affinity";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Arguments } from "./Arguments.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowLevelArtifactGC } from "./WorkflowLevelArtifactGC.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ArtifactRepositoryRef } from "./ArtifactRepositoryRef.js";
import { IIoK8sApiCoreV1PodDNSConfig } from "kubernetes-models/v1/PodDNSConfig";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ExecutorConfig } from "./ExecutorConfig.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1LifecycleHooks } from "./LifecycleHooks.js";
import { IIoK8sApiCoreV1HostAlias } from "kubernetes-models/v1/HostAlias";
import { IIoK8sApiCoreV1LocalObjectReference } from "kubernetes-models/v1/LocalObjectReference";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metrics } from "./Metrics.js";
import { IIoK8sApiPolicyV1PodDisruptionBudgetSpec } from "kubernetes-models/policy/v1/PodDisruptionBudgetSpec";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1PodGC } from "./PodGC.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata } from "./Metadata.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy } from "./RetryStrategy.js";
import { IIoK8sApiCoreV1PodSecurityContext } from "kubernetes-models/v1/PodSecurityContext";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ShutdownStrategy } from "./ShutdownStrategy.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Synchronization } from "./Synchronization.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template } from "./Template.js";
import { IIoK8sApiCoreV1Toleration } from "kubernetes-models/v1/Toleration";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1TTLStrategy } from "./TTLStrategy.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1VolumeClaimGC } from "./VolumeClaimGC.js";
import { IIoK8sApiCoreV1PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { IIoK8sApiCoreV1Volume } from "kubernetes-models/v1/Volume";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowMetadata } from "./WorkflowMetadata.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowTemplateRef } from "./WorkflowTemplateRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
/**
 * WorkflowSpec is the specification of a Workflow.
 */
export interface IWorkflowSpec {
    /**
     * Optional duration in seconds relative to the workflow start time which the workflow is
     * allowed to run before the controller terminates the workflow. A value of zero is used to
     * terminate a Running workflow
     */
    "activeDeadlineSeconds"?: number;
    /**
     * Affinity sets the scheduling constraints for all pods in the workflow.
     * Can be overridden by an affinity specified in the template
     */
    "affinity"?: IIoK8sApiCoreV1Affinity;
    /**
     * ArchiveLogs indicates if the container logs should be archived
     */
    "archiveLogs"?: boolean;
    /**
     * Arguments contain the parameters and artifacts sent to the workflow entrypoint
     * Parameters are referencable globally using the 'workflow' variable prefix.
     * e.g. {{workflow.parameters.myparam}}
     */
    "arguments"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Arguments;
    /**
     * ArtifactGC describes the strategy to use when deleting artifacts from completed or deleted workflows (applies to all output Artifacts
     * unless Artifact.ArtifactGC is specified, which overrides this)
     */
    "artifactGC"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowLevelArtifactGC;
    /**
     * ArtifactRepositoryRef specifies the configMap name and key containing the artifact repository config.
     */
    "artifactRepositoryRef"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ArtifactRepositoryRef;
    /**
     * AutomountServiceAccountToken indicates whether a service account token should be automatically mounted in pods.
     * ServiceAccountName of ExecutorConfig must be specified if this value is false.
     */
    "automountServiceAccountToken"?: boolean;
    /**
     * PodDNSConfig defines the DNS parameters of a pod in addition to
     * those generated from DNSPolicy.
     */
    "dnsConfig"?: IIoK8sApiCoreV1PodDNSConfig;
    "dnsPolicy"?: "ClusterFirst" | "ClusterFirstWithHostNet" | "Default" | "None";
    /**
     * Entrypoint is a template reference to the starting point of the workflow.
     */
    "entrypoint"?: string;
    /**
     * Executor holds configurations of executor containers of the workflow.
     */
    "executor"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ExecutorConfig;
    /**
     * Hooks holds the lifecycle hook which is invoked at lifecycle of
     * step, irrespective of the success, failure, or error status of the primary step
     */
    "hooks"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1LifecycleHooks;
    "hostAliases"?: Array<IIoK8sApiCoreV1HostAlias>;
    /**
     * Host networking requested for this workflow pod. Default to false.
     */
    "hostNetwork"?: boolean;
    /**
     * ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling any images
     * in pods that reference this ServiceAccount. ImagePullSecrets are distinct from Secrets because Secrets
     * can be mounted in the pod, but ImagePullSecrets are only accessed by the kubelet.
     * More info: https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod
     */
    "imagePullSecrets"?: Array<IIoK8sApiCoreV1LocalObjectReference>;
    /**
     * Metrics are a list of metrics emitted from this Workflow
     */
    "metrics"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metrics;
    /**
     * NodeSelector is a selector which will result in all pods of the workflow
     * to be scheduled on the selected node(s). This is able to be overridden by
     * a nodeSelector specified in the template.
     */
    "nodeSelector"?: {
        [key: string]: string;
    };
    /**
     * OnExit is a template reference which is invoked at the end of the
     * workflow, irrespective of the success, failure, or error of the
     * primary workflow.
     */
    "onExit"?: string;
    /**
     * Parallelism limits the max total parallel pods that can execute at the same time in a workflow
     */
    "parallelism"?: number;
    /**
     * PodDisruptionBudget holds the number of concurrent disruptions that you allow for Workflow's Pods.
     * Controller will automatically add the selector with workflow name, if selector is empty.
     * Optional: Defaults to empty.
     */
    "podDisruptionBudget"?: IIoK8sApiPolicyV1PodDisruptionBudgetSpec;
    /**
     * PodGC describes the strategy to use when deleting completed pods
     */
    "podGC"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1PodGC;
    /**
     * PodMetadata defines additional metadata that should be applied to workflow pods
     */
    "podMetadata"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata;
    /**
     * PriorityClassName to apply to workflow pods.
     */
    "podPriorityClassName"?: string;
    /**
     * PodSpecPatch holds strategic merge patch to apply against the pod spec. Allows parameterization of
     * container fields which are not strings (e.g. resource limits).
     */
    "podSpecPatch"?: string;
    /**
     * Priority is used if controller is configured to process limited number of workflows in parallel. Workflows with higher priority are processed first.
     */
    "priority"?: number;
    /**
     * RetryStrategy for all templates in the workflow.
     */
    "retryStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy;
    /**
     * Set scheduler name for all pods.
     * Will be overridden if container/script template's scheduler name is set.
     * Default scheduler will be used if neither specified.
     */
    "schedulerName"?: string;
    /**
     * SecurityContext holds pod-level security attributes and common container settings.
     * Optional: Defaults to empty.  See type description for default values of each field.
     */
    "securityContext"?: IIoK8sApiCoreV1PodSecurityContext;
    /**
     * ServiceAccountName is the name of the ServiceAccount to run all pods of the workflow as.
     */
    "serviceAccountName"?: string;
    /**
     * Shutdown will shutdown the workflow according to its ShutdownStrategy
     */
    "shutdown"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ShutdownStrategy;
    /**
     * Suspend will suspend the workflow and prevent execution of any future steps in the workflow
     */
    "suspend"?: boolean;
    /**
     * Synchronization holds synchronization lock configuration for this Workflow
     */
    "synchronization"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Synchronization;
    /**
     * TemplateDefaults holds default template values that will apply to all templates in the Workflow, unless overridden on the template-level
     */
    "templateDefaults"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template;
    /**
     * Templates is a list of workflow templates used in a workflow
     * MaxItems is an artificial limit to limit CEL validation costs - see note at top of file
     */
    "templates"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template>;
    /**
     * Tolerations to apply to workflow pods.
     */
    "tolerations"?: Array<IIoK8sApiCoreV1Toleration>;
    /**
     * TTLStrategy limits the lifetime of a Workflow that has finished execution depending on if it
     * Succeeded or Failed. If this struct is set, once the Workflow finishes, it will be
     * deleted after the time to live expires. If this field is unset,
     * the controller config map will hold the default values.
     */
    "ttlStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1TTLStrategy;
    /**
     * VolumeClaimGC describes the strategy to use when deleting volumes from completed workflows
     */
    "volumeClaimGC"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1VolumeClaimGC;
    /**
     * VolumeClaimTemplates is a list of claims that containers are allowed to reference.
     * The Workflow controller will create the claims at the beginning of the workflow
     * and delete the claims upon completion of the workflow
     */
    "volumeClaimTemplates"?: Array<IIoK8sApiCoreV1PersistentVolumeClaim>;
    /**
     * Volumes is a list of volumes that can be mounted by containers in a workflow.
     */
    "volumes"?: Array<IIoK8sApiCoreV1Volume>;
    /**
     * WorkflowMetadata contains some metadata of the workflow to refer to
     */
    "workflowMetadata"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowMetadata;
    /**
     * WorkflowTemplateRef holds a reference to a WorkflowTemplate for execution
     */
    "workflowTemplateRef"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowTemplateRef;
}
/**
 * WorkflowSpec is the specification of a Workflow.
 */
export declare class WorkflowSpec extends Model<IWorkflowSpec> implements IWorkflowSpec {
    "activeDeadlineSeconds"?: number;
    "affinity"?: IIoK8sApiCoreV1Affinity;
    "archiveLogs"?: boolean;
    "arguments"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Arguments;
    "artifactGC"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowLevelArtifactGC;
    "artifactRepositoryRef"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ArtifactRepositoryRef;
    "automountServiceAccountToken"?: boolean;
    "dnsConfig"?: IIoK8sApiCoreV1PodDNSConfig;
    "dnsPolicy"?: "ClusterFirst" | "ClusterFirstWithHostNet" | "Default" | "None";
    "entrypoint"?: string;
    "executor"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ExecutorConfig;
    "hooks"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1LifecycleHooks;
    "hostAliases"?: Array<IIoK8sApiCoreV1HostAlias>;
    "hostNetwork"?: boolean;
    "imagePullSecrets"?: Array<IIoK8sApiCoreV1LocalObjectReference>;
    "metrics"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metrics;
    "nodeSelector"?: {
        [key: string]: string;
    };
    "onExit"?: string;
    "parallelism"?: number;
    "podDisruptionBudget"?: IIoK8sApiPolicyV1PodDisruptionBudgetSpec;
    "podGC"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1PodGC;
    "podMetadata"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Metadata;
    "podPriorityClassName"?: string;
    "podSpecPatch"?: string;
    "priority"?: number;
    "retryStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy;
    "schedulerName"?: string;
    "securityContext"?: IIoK8sApiCoreV1PodSecurityContext;
    "serviceAccountName"?: string;
    "shutdown"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ShutdownStrategy;
    "suspend"?: boolean;
    "synchronization"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Synchronization;
    "templateDefaults"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template;
    "templates"?: Array<IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Template>;
    "tolerations"?: Array<IIoK8sApiCoreV1Toleration>;
    "ttlStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1TTLStrategy;
    "volumeClaimGC"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1VolumeClaimGC;
    "volumeClaimTemplates"?: Array<IIoK8sApiCoreV1PersistentVolumeClaim>;
    "volumes"?: Array<IIoK8sApiCoreV1Volume>;
    "workflowMetadata"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowMetadata;
    "workflowTemplateRef"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowTemplateRef;
    constructor(data?: ModelData<IWorkflowSpec>);
}
export type { IWorkflowSpec as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec, WorkflowSpec as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec };
