variable "setting_0" {
  description = "Setting 0 of service 4"
  type        = string
  default     = "value-0-23"
}

variable "setting_1" {
  description = "Setting 1 of service 4"
  type        = string
  default     = "value-1-53"
}

variable "setting_2" {
  description = "Setting 2 of service 4"
  type        = string
  default     = "value-2-214"
}

variable "setting_3" {
  description = "Setting 3 of service 4"
  type        = string
  default     = "value-3-515"
}

variable "setting_4" {
  description = "Setting 4 of service 4"
  type        = string
  default     = "value-4-630"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["172.16.0.0/12"]
}

variable "environment" {
  type    = string
  default = "prod"
}

