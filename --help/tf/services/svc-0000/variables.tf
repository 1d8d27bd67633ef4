variable "setting_0" {
  description = "Setting 0 of service 0"
  type        = string
  default     = "value-0-712"
}

variable "setting_1" {
  description = "Setting 1 of service 0"
  type        = string
  default     = "value-1-617"
}

variable "setting_2" {
  description = "Setting 2 of service 0"
  type        = string
  default     = "value-2-477"
}

variable "setting_3" {
  description = "Setting 3 of service 0"
  type        = string
  default     = "value-3-326"
}

variable "setting_4" {
  description = "Setting 4 of service 0"
  type        = string
  default     = "value-4-845"
}

variable "setting_5" {
  description = "Setting 5 of service 0"
  type        = string
  default     = "value-5-144"
}

variable "setting_6" {
  description = "Setting 6 of service 0"
  type        = string
  default     = "value-6-12"
}

variable "setting_7" {
  description = "Setting 7 of service 0"
  type        = string
  default     = "value-7-773"
}

variable "setting_8" {
  description = "Setting 8 of service 0"
  type        = string
  default     = "value-8-754"
}

variable "setting_9" {
  description = "Setting 9 of service 0"
  type        = string
  default     = "value-9-761"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "environment" {
  type    = string
  default = "prod"
}

