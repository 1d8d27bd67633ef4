variable "setting_0" {
  description = "Setting 0 of service 5"
  type        = string
  default     = "value-0-333"
}

variable "setting_1" {
  description = "Setting 1 of service 5"
  type        = string
  default     = "value-1-785"
}

variable "setting_2" {
  description = "Setting 2 of service 5"
  type        = string
  default     = "value-2-702"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["192.168.0.0/16"]
}

variable "environment" {
  type    = string
  default = "prod"
}

