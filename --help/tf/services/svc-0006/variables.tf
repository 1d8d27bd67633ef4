variable "setting_0" {
  description = "Setting 0 of service 6"
  type        = string
  default     = "value-0-680"
}

variable "setting_1" {
  description = "Setting 1 of service 6"
  type        = string
  default     = "value-1-171"
}

variable "setting_2" {
  description = "Setting 2 of service 6"
  type        = string
  default     = "value-2-959"
}

variable "setting_3" {
  description = "Setting 3 of service 6"
  type        = string
  default     = "value-3-86"
}

variable "setting_4" {
  description = "Setting 4 of service 6"
  type        = string
  default     = "value-4-410"
}

variable "setting_5" {
  description = "Setting 5 of service 6"
  type        = string
  default     = "value-5-151"
}

variable "setting_6" {
  description = "Setting 6 of service 6"
  type        = string
  default     = "value-6-366"
}

variable "setting_7" {
  description = "Setting 7 of service 6"
  type        = string
  default     = "value-7-78"
}

variable "setting_8" {
  description = "Setting 8 of service 6"
  type        = string
  default     = "value-8-0"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["100.64.0.0/10"]
}

variable "environment" {
  type    = string
  default = "prod"
}

