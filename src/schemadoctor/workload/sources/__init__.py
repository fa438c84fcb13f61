"""Workload readers, one module each; `schemadoctor.workload.load_workload` picks one."""
