{{/* Chart name, truncated to 63 characters. */}}
{{- define "passerelle.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name; components append -api / -worker. */}}
{{- define "passerelle.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 56 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 56 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 56 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "passerelle.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "passerelle.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "passerelle.selectorLabels" -}}
app.kubernetes.io/name: {{ include "passerelle.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "passerelle.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end }}

{{- define "passerelle.secretName" -}}
{{ .Values.secrets.existingSecret | default (include "passerelle.fullname" .) }}
{{- end }}

{{/* Pod-level settings shared by api and worker. */}}
{{- define "passerelle.podCommon" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
automountServiceAccountToken: false
# Service links would add *_PORT / *_HOST variables next to the app's own configuration.
enableServiceLinks: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: {{ .Values.tmpSizeLimit }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Container settings shared by api and worker. Call with (dict "root" $ "role" "api"). */}}
{{- define "passerelle.containerCommon" -}}
{{- $secret := include "passerelle.secretName" .root -}}
image: {{ include "passerelle.image" .root | quote }}
imagePullPolicy: {{ .root.Values.image.pullPolicy }}
envFrom:
  - configMapRef:
      name: {{ include "passerelle.fullname" .root }}
env:
  - name: PASSERELLE_ROLE
    value: {{ .role | quote }}
  {{- if and (eq .role "worker") .root.Values.worker.nodeOptions }}
  - name: NODE_OPTIONS
    value: {{ .root.Values.worker.nodeOptions | quote }}
  {{- end }}
  {{- if and (eq .role "worker") .root.Values.worker.mallocArenaMax }}
  - name: MALLOC_ARENA_MAX
    value: {{ .root.Values.worker.mallocArenaMax | quote }}
  {{- end }}
  - name: DATABASE_URL
    valueFrom:
      secretKeyRef:
        name: {{ $secret }}
        key: DATABASE_URL
  - name: MEILI_MASTER_KEY
    valueFrom:
      secretKeyRef:
        name: {{ $secret }}
        key: MEILI_MASTER_KEY
        optional: true
  - name: PASSERELLE_ADMIN_KEY
    valueFrom:
      secretKeyRef:
        name: {{ $secret }}
        key: PASSERELLE_ADMIN_KEY
        optional: true
  {{- with .root.Values.extraEnv }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
ports:
  - name: http
    containerPort: 3000
    protocol: TCP
securityContext:
  {{- toYaml .root.Values.securityContext | nindent 2 }}
volumeMounts:
  - name: tmp
    mountPath: /tmp
{{- end }}

{{/* Checksums that roll the pods when the configuration changes. */}}
{{- define "passerelle.configChecksums" -}}
checksum/config: {{ include (print .Template.BasePath "/configmap.yaml") . | sha256sum }}
checksum/secret: {{ include (print .Template.BasePath "/secret.yaml") . | sha256sum }}
{{- end }}
