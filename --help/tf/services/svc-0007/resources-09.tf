resource "aws_lambda_function" "r9_0" {
  name = "${local.name}-9-0"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 90083 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r9_1" {
  name = "${local.name}-9-1"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 76852 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r9_2" {
  name = "${local.name}-9-2"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 22179 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r9_3" {
  name = "${local.name}-9-3"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 84907 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r9_4" {
  name = "${local.name}-9-4"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 7514 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r9_5" {
  name = "${local.name}-9-5"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 30329 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r9_6" {
  name = "${local.name}-9-6"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 21271 for benchmarks; mentions 0.0.0.0/0 only in text"
}

